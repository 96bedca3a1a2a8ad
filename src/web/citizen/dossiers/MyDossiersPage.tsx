import {
  Alert,
  Anchor,
  Badge,
  Group,
  Pagination,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import type { CitizenDossierSummary } from "../../../contracts/dossiers.ts";
import { errorText } from "../../api-client/error-text.ts";
import { PageLoader } from "../../components/PageLoader.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useFetched } from "../../lib/useFetched.ts";
import { LookupItem } from "../../portal/lookup/LookupItem.tsx";
import { useStatusLabel } from "../../workspace/dossiers/useStatusLabel.ts";
import { formatMoment } from "../format.ts";
import { myDossierPath } from "../paths.ts";
import { RequireCitizen } from "../RequireCitizen.tsx";
import { myDossiersApi } from "./api.ts";
import { DraftsSection } from "./DraftsSection.tsx";

const PAGE_SIZE = 10;

/** `/cong-dan/ho-so` ("Hồ sơ của tôi"): the citizen's own dossiers, newest first, a page at a time. */
export default function MyDossiersPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t("myDossiers.pageTitle")}</PageTitle>
      <RequireCitizen>{(citizen) => <MyDossiers citizenId={citizen.id} />}</RequireCitizen>
    </>
  );
}

function MyDossiers({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number.parseInt(params.get("trang") ?? "1", 10) || 1);
  const list = useFetched(`${citizenId}:${page}`, (signal) => myDossiersApi.list(page, PAGE_SIZE, signal));
  const pages = list.data ? Math.ceil(list.data.total / PAGE_SIZE) : 0;

  return (
    <Stack gap="lg" data-testid="my-dossiers-page">
      <Paper
        withBorder
        p={{ base: "md", sm: "xl" }}
        style={{ borderTop: "4px solid var(--mantine-color-brand-7)" }}
      >
        <Title order={1} c="brand.8" fz={{ base: "h3", sm: "h2" }}>
          {t("myDossiers.title")}
        </Title>
        <Text c="gray.8" mt={4}>
          {t("myDossiers.intro")}
        </Text>
        {list.data && (
          <Text fz="sm" c="gray.7" mt="xs" data-testid="my-dossiers-total">
            {t("myDossiers.count", { count: list.data.total })}
          </Text>
        )}
      </Paper>
      <DraftsSection />
      {list.error !== null && (
        <Alert color="red" title={t("myDossiers.loadError")}>
          {errorText(list.error, t)}
        </Alert>
      )}
      {list.loading && !list.data && <PageLoader />}
      {list.data?.items.length === 0 && <Text c="gray.7">{t("myDossiers.empty")}</Text>}
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
        {list.data?.items.map((item) => (
          <li key={item.id}>
            <DossierCard item={item} />
          </li>
        ))}
      </Stack>
      {pages > 1 && (
        <Group justify="center">
          <Pagination
            total={pages}
            value={page}
            onChange={(next) => setParams(next > 1 ? { trang: String(next) } : {})}
            aria-label={t("myDossiers.pagination")}
            data-testid="my-dossiers-pagination"
          />
        </Group>
      )}
    </Stack>
  );
}

/** One dossier: a card rather than a table row, so that it reads as well at 360 px as on a desk. */
function DossierCard({ item }: { item: CitizenDossierSummary }) {
  const { t } = useTranslation();
  const statusLabel = useStatusLabel();
  const moment = (value: string | null) => (value ? formatMoment(value) : t("myDossiers.notYet"));
  return (
    <Paper withBorder p="md" data-testid="my-dossier-row" data-code={item.code} data-status={item.status}>
      <Group justify="space-between" align="flex-start" gap="xs">
        <Anchor
          component={Link}
          to={myDossierPath(item.id)}
          fw={700}
          ff="monospace"
          aria-label={t("myDossiers.open", { code: item.code })}
          style={{ overflowWrap: "anywhere" }}
          data-testid="my-dossier-open"
        >
          {item.code}
        </Anchor>
        <Badge variant="light" radius="sm" tt="none" size="lg" maw="100%" data-testid="my-dossier-status">
          {statusLabel(item.status, item.statusLabel)}
        </Badge>
      </Group>
      <Text mt={4} style={{ overflowWrap: "anywhere" }}>
        {item.procedure.name}
      </Text>
      <Text fz="sm" c="gray.7" style={{ overflowWrap: "anywhere" }}>
        {item.agency.name}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" component="dl" mt="xs" mb={0} mx={0}>
        <LookupItem label={item.receivedAt ? t("myDossiers.received") : t("myDossiers.submitted")}>
          <Text fz="sm">{moment(item.receivedAt ?? item.submittedAt)}</Text>
        </LookupItem>
        <LookupItem label={item.finishedAt ? t("myDossiers.finished") : t("myDossiers.appointment")}>
          <Text fz="sm" data-testid="my-dossier-appointment">
            {moment(item.finishedAt ?? item.appointment)}
          </Text>
        </LookupItem>
      </SimpleGrid>
    </Paper>
  );
}
