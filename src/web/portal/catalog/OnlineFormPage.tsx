import { Anchor, Breadcrumbs, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { PublicProcedure } from "../../../contracts/catalog.ts";
import type { PublishedForm } from "../../../contracts/forms.ts";
import { catalogApi } from "../../api-client/catalog.ts";
import { ApiError } from "../../api-client/client.ts";
import { errorText } from "../../api-client/error-text.ts";
import { formsApi } from "../../api-client/forms.ts";
import { RequireCitizen } from "../../citizen/RequireCitizen.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useFetched } from "../../lib/useFetched.ts";
import { useSite } from "../../site/useSite.ts";
import { allowsOnline, nationalProcedureLink } from "./format.ts";
import { OnlineSubmission } from "./OnlineSubmission.tsx";

/**
 * `/thu-tuc/:code/nop-truc-tuyen`: online submission (REC-4): the procedure's interactive e-form
 * (CFG-2) in steps, papers, result delivery (REC-7), the answers checked, then sent by the citizen
 * signed in with VNeID. A deployment whose own portal is off (CITIZEN_PORTAL_ENABLED=false) sends
 * people to the procedure on the national portal instead.
 */
export default function OnlineFormPage() {
  const { t } = useTranslation();
  const { code = "" } = useParams();
  const procedure = useFetched(code, (signal) => catalogApi.procedure(code, signal));
  const { site } = useSite();
  const online = procedure.data ? allowsOnline(procedure.data.serviceLevel) : false;
  const procedureId = procedure.data?.id ?? "";
  const form = useFetched(online ? procedureId : "", (signal) =>
    online ? formsApi.published(procedureId, signal) : Promise.resolve(null),
  );

  if (
    (procedure.loading && !procedure.data) ||
    (online && form.loading && !form.data && form.error === null)
  ) {
    return <FormSkeleton />;
  }
  if (!procedure.data) {
    const missing = procedure.error instanceof ApiError && procedure.error.status === 404;
    return (
      <Problem
        title={missing ? t("procedure.notFound") : t("procedure.loadError")}
        body={missing ? t("procedure.notFoundBody", { code }) : errorText(procedure.error, t)}
        back="/thu-tuc"
        backLabel={t("procedure.backToCatalog")}
      />
    );
  }
  const back = `/thu-tuc/${procedure.data.code}`;
  if (online && site && !site.citizenPortal.enabled) {
    return (
      <Problem
        title={t("onlineForm.nationalPortal")}
        body={t("onlineForm.nationalPortalBody")}
        back={nationalProcedureLink(site, procedure.data.code)}
        backLabel={t("onlineForm.goToNationalPortal")}
        testId="online-form-national-portal"
      />
    );
  }
  if (!online) {
    return (
      <Problem
        title={t("onlineForm.notOnline")}
        body={t("onlineForm.notOnlineBody")}
        back={back}
        backLabel={t("onlineForm.backToProcedure")}
        testId="online-form-not-online"
      />
    );
  }
  if (!form.data) {
    const missing = form.error instanceof ApiError && form.error.status === 404;
    return (
      <Problem
        title={missing ? t("onlineForm.noForm") : t("onlineForm.loadError")}
        body={missing ? t("onlineForm.noFormBody") : errorText(form.error, t)}
        back={back}
        backLabel={t("onlineForm.backToProcedure")}
        testId="online-form-missing"
      />
    );
  }
  return <OnlineForm procedure={procedure.data} form={form.data} />;
}

function OnlineForm({ procedure, form }: { procedure: PublicProcedure; form: PublishedForm }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" data-testid="online-form-page">
      <PageTitle>{t("onlineForm.pageTitle", { name: procedure.name })}</PageTitle>
      <Breadcrumbs separator="›" fz="sm" style={{ flexWrap: "wrap" }}>
        <Anchor component={Link} to="/thu-tuc" fz="sm">
          {t("catalog.title")}
        </Anchor>
        <Anchor component={Link} to={`/thu-tuc/${procedure.code}`} fz="sm">
          {procedure.code}
        </Anchor>
        <Text fz="sm" c="gray.7">
          {t("onlineForm.crumb")}
        </Text>
      </Breadcrumbs>
      <Paper
        withBorder
        p={{ base: "md", sm: "xl" }}
        style={{ borderLeft: "6px solid var(--mantine-color-gold-5)" }}
      >
        <Text fz="sm" c="gray.7" fw={600}>
          {t("onlineForm.kicker")}
        </Text>
        <Title order={1} c="brand.8" fz={{ base: "1.5rem", sm: "1.875rem" }} lh={1.3}>
          {procedure.name}
        </Title>
        <Text fw={700} mt="sm">
          {form.definition.title}
        </Text>
        {form.definition.description && (
          <Text fz="sm" c="gray.7" mt={4}>
            {form.definition.description}
          </Text>
        )}
      </Paper>
      {/* REC-4: only a citizen signed in with the e-ID submits; the gate brings them back here. */}
      <RequireCitizen>
        {(citizen) => <OnlineSubmission procedure={procedure} form={form} citizen={citizen} />}
      </RequireCitizen>
    </Stack>
  );
}

function Problem({
  title,
  body,
  back,
  backLabel,
  testId,
}: {
  title: string;
  body: string;
  back: string;
  backLabel: string;
  testId?: string;
}) {
  return (
    <Paper withBorder p="xl" data-testid={testId}>
      <PageTitle>{title}</PageTitle>
      <Title order={1} fz="h2">
        {title}
      </Title>
      <Text mt="sm">{body}</Text>
      {back.startsWith("/") ? (
        <Anchor component={Link} to={back} mt="md" display="inline-block">
          {backLabel}
        </Anchor>
      ) : (
        <Anchor href={back} mt="md" display="inline-block" rel="noopener">
          {backLabel}
        </Anchor>
      )}
    </Paper>
  );
}

function FormSkeleton() {
  return (
    <Stack gap="lg" aria-hidden="true">
      <Paper withBorder p="xl">
        <Skeleton height={28} mb="sm" />
        <Skeleton height={14} width="50%" />
      </Paper>
      <Paper withBorder p="xl">
        <Skeleton height={36} mb="md" />
        <Skeleton height={36} mb="md" />
        <Skeleton height={36} />
      </Paper>
    </Stack>
  );
}
