import "./catalog.css";
import {
  Anchor,
  Badge,
  Box,
  Breadcrumbs,
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import type { TFunction } from "i18next";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { DossierComponent, PublicProcedure } from "../../../contracts/catalog.ts";
import { isSafeLink } from "../../../contracts/links.ts";
import { vietnameseDate } from "../../../domain/forms/date-bounds.ts";
import { catalogApi } from "../../api-client/catalog.ts";
import { ApiError } from "../../api-client/client.ts";
import { errorText } from "../../api-client/error-text.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useFetched } from "../../lib/useFetched.ts";
import { useSite } from "../../site/useSite.ts";
import { AgencyCard } from "../AgencyCard.tsx";
import {
  allowsOnline,
  durationText,
  moneyText,
  nationalProcedureLink,
  SERVICE_LEVEL_COLORS,
  SERVICE_LEVEL_TEXT,
} from "./format.ts";
import { ProcedureDuePreview } from "./ProcedureDuePreview.tsx";
import { WorkflowSection } from "./WorkflowSection.tsx";

const sections = [
  "components",
  "time",
  "fees",
  "where",
  "steps",
  "workflow",
  "requirements",
  "legal",
  "result",
] as const;
type Section = (typeof sections)[number];

/** `/thu-tuc/:code`: a published procedure in full, with the due-date preview and the workflow in use. */
export default function ProcedurePage() {
  const { t } = useTranslation();
  const { code = "" } = useParams();
  const procedure = useFetched(code, (signal) => catalogApi.procedure(code, signal));

  if (procedure.loading && !procedure.data) return <ProcedureSkeleton />;
  if (!procedure.data) {
    const missing = procedure.error instanceof ApiError && procedure.error.status === 404;
    return (
      <Paper withBorder p="xl" data-testid="procedure-missing">
        <PageTitle>{missing ? t("procedure.notFound") : t("procedure.loadError")}</PageTitle>
        <Title order={1} fz="h2">
          {missing ? t("procedure.notFound") : t("procedure.loadError")}
        </Title>
        <Text mt="sm">{missing ? t("procedure.notFoundBody", { code }) : errorText(procedure.error, t)}</Text>
        <Group mt="md">
          {!missing && (
            <Button variant="outline" onClick={procedure.reload}>
              {t("catalog.retry")}
            </Button>
          )}
          <Anchor component={Link} to="/thu-tuc">
            {t("procedure.backToCatalog")}
          </Anchor>
        </Group>
      </Paper>
    );
  }
  return <ProcedureView procedure={procedure.data} />;
}

function ProcedureView({ procedure }: { procedure: PublicProcedure }) {
  const { t } = useTranslation();
  const [agencyId, setAgencyId] = useState(procedure.agencies[0]?.id ?? "");
  const online = allowsOnline(procedure.serviceLevel);
  const anchor = (section: Section) => `thu-tuc-${section}`;

  return (
    <Stack gap="lg" data-testid="procedure-page" data-code={procedure.code}>
      <PageTitle>{procedure.name}</PageTitle>
      <Breadcrumbs separator="›" fz="sm" style={{ flexWrap: "wrap" }}>
        <Anchor component={Link} to="/" fz="sm">
          {t("nav.home")}
        </Anchor>
        <Anchor component={Link} to="/thu-tuc" fz="sm">
          {t("catalog.title")}
        </Anchor>
        <Text fz="sm" c="gray.7" ff="monospace">
          {procedure.code}
        </Text>
      </Breadcrumbs>

      <Paper
        withBorder
        p={{ base: "md", sm: "xl" }}
        style={{ borderLeft: "6px solid var(--mantine-color-gold-5)" }}
      >
        <Group gap="xs" mb="xs">
          <Badge variant="light" color="gray" radius="sm" tt="none" ff="monospace" fz="sm">
            {procedure.code}
          </Badge>
          <Badge
            variant="light"
            color={SERVICE_LEVEL_COLORS[procedure.serviceLevel]}
            styles={{ label: { color: SERVICE_LEVEL_TEXT[procedure.serviceLevel] } }}
            radius="sm"
            tt="none"
            fz="sm"
          >
            {t(`catalog.serviceLevel.${procedure.serviceLevel}`)}
          </Badge>
          <Text fz="sm" c="gray.7">
            {procedure.field.name}
          </Text>
        </Group>
        <Title
          order={1}
          c="brand.8"
          fz={{ base: "1.5rem", sm: "2rem" }}
          lh={1.3}
          data-testid="procedure-name"
        >
          {procedure.name}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md" mt="lg">
          <Fact label={t("procedure.facts.time")} testId="procedure-time">
            {durationText(procedure.processingTime, t, procedure.sameDayCutoff)}
          </Fact>
          <Fact label={t("procedure.facts.fees")}>{feeSummary(procedure, t)}</Fact>
          <Fact label={t("procedure.facts.applicants")}>
            {procedure.applicantTypes.map((type) => t(`catalog.applicantType.${type}`)).join(", ")}
          </Fact>
          <Fact label={t("procedure.facts.levels")}>
            {procedure.levels.map((level) => t(`catalog.level.${level}`)).join(", ")}
          </Fact>
        </SimpleGrid>
        <Text fz="sm" c="gray.8" mt="md">
          {t(`procedure.serviceLevelHint.${procedure.serviceLevel}`)}
        </Text>
        <Group mt="md" gap="sm">
          {online && <ApplyOnline code={procedure.code} />}
          <Button component="a" href={`#${anchor("where")}`} variant="default" size="md">
            {t("procedure.whereToGo")}
          </Button>
        </Group>
      </Paper>

      <Paper withBorder p="md" component="nav" aria-label={t("procedure.onThisPage")}>
        <Text fw={700} fz="sm" mb={4}>
          {t("procedure.onThisPage")}
        </Text>
        <ul className="mc-toc">
          {sections.map((section) => (
            <li key={section}>
              <Anchor href={`#${anchor(section)}`} fz="sm">
                {t(`procedure.sections.${section}`)}
              </Anchor>
            </li>
          ))}
        </ul>
      </Paper>

      <Section id={anchor("components")} title={t("procedure.sections.components")}>
        <Components components={procedure.components} />
      </Section>

      <Section id={anchor("time")} title={t("procedure.sections.time")}>
        <Text mb="md">
          {t("procedure.timeText", {
            time: durationText(procedure.processingTime, t, procedure.sameDayCutoff),
          })}
        </Text>
        <ProcedureDuePreview procedure={procedure} agencyId={agencyId} onAgencyChange={setAgencyId} />
      </Section>

      <Section id={anchor("fees")} title={t("procedure.sections.fees")}>
        {procedure.fees.length === 0 ? (
          <Text>{t("procedure.noFees")}</Text>
        ) : (
          <Table className="mc-stack-rows" verticalSpacing="xs" data-testid="procedure-fees">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("procedure.fees.kind")}</Table.Th>
                <Table.Th>{t("procedure.fees.name")}</Table.Th>
                <Table.Th className="mc-amount">{t("procedure.fees.amount")}</Table.Th>
                <Table.Th>{t("procedure.fees.condition")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {procedure.fees.map((fee) => (
                <Table.Tr key={`${fee.kind}-${fee.name}`}>
                  <Table.Td data-label={t("procedure.fees.kind")}>
                    {t(`procedure.fees.kinds.${fee.kind}`)}
                  </Table.Td>
                  <Table.Td data-label={t("procedure.fees.name")}>{fee.name}</Table.Td>
                  <Table.Td data-label={t("procedure.fees.amount")} className="mc-amount" fw={700}>
                    {moneyText(fee.amount, t)}
                  </Table.Td>
                  <Table.Td data-label={t("procedure.fees.condition")}>{fee.condition || "—"}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>

      <Section id={anchor("where")} title={t("procedure.sections.where")}>
        <Text fz="sm" c="gray.7" mb="sm">
          {t("procedure.whereIntro")}
        </Text>
        <Box component="ul" className="mc-agency-list" data-testid="procedure-agencies">
          {procedure.agencies.map((agency) => (
            <li key={agency.id}>
              <AgencyCard item={{ agency, parentName: null, haystack: "" }} />
            </li>
          ))}
        </Box>
      </Section>

      <Section id={anchor("steps")} title={t("procedure.sections.steps")}>
        <ol className="mc-steps">
          {procedure.steps.map((step) => (
            <li key={step}>
              <Text>{step}</Text>
            </li>
          ))}
        </ol>
      </Section>

      <Section id={anchor("workflow")} title={t("procedure.sections.workflow")}>
        <WorkflowSection procedure={procedure} agencyId={agencyId} onAgencyChange={setAgencyId} />
      </Section>

      <Section id={anchor("requirements")} title={t("procedure.sections.requirements")}>
        {procedure.requirements.length === 0 ? (
          <Text>{t("procedure.noRequirements")}</Text>
        ) : (
          <List spacing="xs">
            {procedure.requirements.map((requirement) => (
              <List.Item key={requirement}>{requirement}</List.Item>
            ))}
          </List>
        )}
      </Section>

      <Section id={anchor("legal")} title={t("procedure.sections.legal")}>
        {procedure.legalBasis.length === 0 ? (
          <Text>{t("procedure.noLegalBasis")}</Text>
        ) : (
          <List spacing="xs">
            {procedure.legalBasis.map((doc) => (
              <List.Item key={doc.number}>
                <Text span fw={700}>
                  {doc.number}
                </Text>{" "}
                — {doc.title}
                {doc.issuedOn && (
                  <Text span c="gray.7">
                    {" "}
                    ({t("procedure.issuedOn", { date: vietnameseDate(doc.issuedOn) })})
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        )}
      </Section>

      <Section id={anchor("result")} title={t("procedure.sections.result")}>
        <Text fw={700}>{procedure.resultName}</Text>
        <List spacing={4} mt="xs" fz="sm">
          {procedure.electronicResult && <List.Item>{t("procedure.electronicResult")}</List.Item>}
          {procedure.digitalSignatureRequired && <List.Item>{t("procedure.signatureRequired")}</List.Item>}
        </List>
        <Text fz="xs" c="gray.7" mt="md">
          {t("procedure.version", {
            version: procedure.version,
            date: vietnameseDate(procedure.publishedAt.slice(0, 10)),
          })}
        </Text>
      </Section>
    </Stack>
  );
}

/** REC-4: "Nộp trực tuyến" here, or on the national portal when this deployment's own portal is off. */
function ApplyOnline({ code }: { code: string }) {
  const { t } = useTranslation();
  const { site } = useSite();
  if (site && !site.citizenPortal.enabled) {
    return (
      <Button
        component="a"
        href={nationalProcedureLink(site, code)}
        rel="noopener"
        size="md"
        data-testid="procedure-apply-online"
        data-national-portal="true"
      >
        {t("procedure.applyOnlineNational")}
      </Button>
    );
  }
  return (
    <Button
      component={Link}
      to={`/thu-tuc/${code}/nop-truc-tuyen`}
      size="md"
      data-testid="procedure-apply-online"
    >
      {t("procedure.applyOnline")}
    </Button>
  );
}

function feeSummary(procedure: PublicProcedure, t: TFunction): string {
  const amounts = procedure.fees.map((fee) => fee.amount);
  if (amounts.length === 0 || amounts.every((a) => a === 0)) return t("catalog.free");
  const low = Math.min(...amounts);
  const high = Math.max(...amounts);
  return low === high ? moneyText(low, t) : `${moneyText(low, t)} – ${moneyText(high, t)}`;
}

function Components({ components }: { components: readonly DossierComponent[] }) {
  const { t } = useTranslation();
  if (components.length === 0) return <Text>{t("procedure.noComponents")}</Text>;
  const count = (n: number) => (n === 0 ? "—" : String(n));
  return (
    <>
      <Table className="mc-stack-rows" verticalSpacing="xs" data-testid="procedure-components">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("procedure.components.name")}</Table.Th>
            <Table.Th ta="center">{t("procedure.components.originals")}</Table.Th>
            <Table.Th ta="center">{t("procedure.components.certifiedCopies")}</Table.Th>
            <Table.Th ta="center">{t("procedure.components.photocopies")}</Table.Th>
            <Table.Th>{t("procedure.components.template")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {components.map((component, i) => (
            <Table.Tr key={component.name}>
              <Table.Td data-label={t("procedure.components.name")}>
                <Text span fw={600}>
                  {i + 1}. {component.name}
                </Text>{" "}
                <Badge
                  size="sm"
                  variant={component.required ? "light" : "outline"}
                  color={component.required ? "brand" : "gray"}
                  radius="sm"
                  tt="none"
                >
                  {component.required
                    ? t("procedure.components.required")
                    : t("procedure.components.optional")}
                </Badge>
              </Table.Td>
              <Table.Td data-label={t("procedure.components.originals")} ta="center">
                {count(component.originals)}
              </Table.Td>
              <Table.Td data-label={t("procedure.components.certifiedCopies")} ta="center">
                {count(component.certifiedCopies)}
              </Table.Td>
              <Table.Td data-label={t("procedure.components.photocopies")} ta="center">
                {count(component.photocopies)}
              </Table.Td>
              <Table.Td data-label={t("procedure.components.template")}>
                {component.template && isSafeLink(component.template.url) ? (
                  <Anchor
                    href={component.template.url}
                    download={component.template.fileName}
                    fz="sm"
                    className="mc-break"
                  >
                    {component.template.fileName}
                  </Anchor>
                ) : (
                  "—"
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text fz="xs" c="gray.7" mt="xs">
        {t("procedure.components.note")}
      </Text>
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper
      component="section"
      withBorder
      p={{ base: "md", sm: "xl" }}
      aria-labelledby={`${id}-title`}
      id={id}
      className="mc-procedure-section"
    >
      <Title order={2} id={`${id}-title`} fz={{ base: "1.25rem", sm: "1.5rem" }} mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Box>
      <span className="mc-field-label">{label}</span>
      <Text fw={700} data-testid={testId}>
        {children}
      </Text>
    </Box>
  );
}

function ProcedureSkeleton() {
  return (
    <Stack gap="lg" aria-hidden="true">
      <Skeleton height={14} width={220} />
      <Paper withBorder p="xl">
        <Skeleton height={14} width={160} mb="md" />
        <Skeleton height={28} mb="sm" />
        <Skeleton height={28} width="70%" />
      </Paper>
      <Paper withBorder p="xl">
        <Skeleton height={20} width={200} mb="md" />
        <Skeleton height={14} mb="xs" />
        <Skeleton height={14} mb="xs" />
      </Paper>
    </Stack>
  );
}
