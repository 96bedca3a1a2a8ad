import {
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  Group,
  List,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { PublicProcedure } from "../../../contracts/catalog.ts";
import type { PublishedForm } from "../../../contracts/forms.ts";
import type { Issue } from "../../../domain/forms/issues.ts";
import type { SubmissionResult } from "../../../domain/forms/validate-submission.ts";
import { catalogApi } from "../../api-client/catalog.ts";
import { ApiError } from "../../api-client/client.ts";
import { errorText } from "../../api-client/error-text.ts";
import { formsApi } from "../../api-client/forms.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { FormRenderer } from "../../forms/FormRenderer.tsx";
import { useFetched } from "../../lib/useFetched.ts";
import { isoDate, vietnamWallClock } from "../../lib/wall-clock.ts";
import { allowsOnline } from "./format.ts";

type Check =
  | { status: "idle" }
  | { status: "checking" }
  | { status: "valid"; version: number }
  | { status: "invalid"; issues: Issue[] }
  | { status: "failed"; error: unknown };

/**
 * `/thu-tuc/:code/nop-truc-tuyen`: the procedure's interactive e-form (CFG-2), checked while it is
 * filled in and then by the server. Sending the dossier (signed in with VNeID, papers attached,
 * REC-4) comes with the dossier module: this page says so and sends nothing.
 */
export default function OnlineFormPage() {
  const { t } = useTranslation();
  const { code = "" } = useParams();
  const procedure = useFetched(code, (signal) => catalogApi.procedure(code, signal));
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
  const [value, setValue] = useState<Record<string, unknown>>({});
  const [showAll, setShowAll] = useState(false);
  const [check, setCheck] = useState<Check>({ status: "idle" });
  const result = useRef<SubmissionResult | null>(null);
  const status = useRef<HTMLDivElement>(null);
  const today = isoDate(vietnamWallClock(Date.now()));

  function change(next: Record<string, unknown>) {
    setValue(next);
    if (check.status !== "idle" && check.status !== "checking") setCheck({ status: "idle" });
  }

  async function verify() {
    setShowAll(true);
    // The browser's check first: nothing to ask the server while something is visibly wrong.
    if (result.current && !result.current.ok) {
      setCheck({ status: "idle" });
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>("[data-testid=form-error-summary]")?.focus(),
      );
      return;
    }
    setCheck({ status: "checking" });
    try {
      const answer = await formsApi.validate(procedure.id, value);
      setCheck(
        answer.result.ok
          ? { status: "valid", version: answer.version }
          : { status: "invalid", issues: answer.result.errors },
      );
    } catch (error) {
      setCheck({ status: "failed", error });
    }
    requestAnimationFrame(() => status.current?.focus());
  }

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

      <Alert
        color="blue"
        variant="light"
        title={t("onlineForm.notWiredTitle")}
        data-testid="online-form-not-wired"
      >
        <Text fz="sm">{t("onlineForm.notWiredBody")}</Text>
        <List fz="sm" mt={4} spacing={2}>
          <List.Item>{t("onlineForm.notWired.signIn")}</List.Item>
          <List.Item>{t("onlineForm.notWired.attachments")}</List.Item>
          <List.Item>{t("onlineForm.notWired.submit")}</List.Item>
        </List>
      </Alert>

      <Paper withBorder p={{ base: "sm", sm: "xl" }}>
        <Text fz="sm" c="gray.7" mb="md">
          {t("onlineForm.requiredNote")}
        </Text>
        <FormRenderer
          definition={form.definition}
          value={value}
          onChange={change}
          today={today}
          showAllErrors={showAll}
          serverIssues={check.status === "invalid" ? check.issues : undefined}
          onResult={(checked) => {
            result.current = checked;
          }}
        />
      </Paper>

      <Paper withBorder p={{ base: "md", sm: "xl" }}>
        <Group gap="sm">
          <Button
            size="md"
            onClick={() => void verify()}
            loading={check.status === "checking"}
            data-testid="online-form-check"
          >
            {t("onlineForm.check")}
          </Button>
          <Button component={Link} to={`/thu-tuc/${procedure.code}`} variant="default" size="md">
            {t("onlineForm.backToProcedure")}
          </Button>
        </Group>
        <div ref={status} tabIndex={-1} role="status" aria-live="polite">
          {check.status === "valid" && (
            <Alert color="teal" mt="md" title={t("onlineForm.valid")} data-testid="online-form-valid">
              <Text fz="sm">{t("onlineForm.validBody", { version: check.version })}</Text>
            </Alert>
          )}
          {check.status === "invalid" && (
            <Alert color="red" mt="md" title={t("onlineForm.invalid")} data-testid="online-form-invalid">
              <Text fz="sm">{t("onlineForm.invalidBody", { count: check.issues.length })}</Text>
            </Alert>
          )}
          {check.status === "failed" && (
            <Alert color="red" mt="md" title={t("onlineForm.checkFailed")}>
              <Text fz="sm">{errorText(check.error, t)}</Text>
            </Alert>
          )}
        </div>
      </Paper>
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
      <Anchor component={Link} to={back} mt="md" display="inline-block">
        {backLabel}
      </Anchor>
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
