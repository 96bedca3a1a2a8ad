import {
  Alert,
  Badge,
  Box,
  Button,
  DataList,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  useMatches,
} from "@mantine/core";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation } from "react-router";
import type { CitizenProfile } from "../../contracts/citizen.ts";
import { errorText } from "../api-client/error-text.ts";
import { PageTitle } from "../components/PageTitle.tsx";
import { ConsentsSection } from "./ConsentsSection.tsx";
import { formatBirthDate, formatMoment, maskIdentityNumber } from "./format.ts";
import { paymentReturnPath } from "./paths.ts";
import { RequireCitizen } from "./RequireCitizen.tsx";
import { useCitizenSession } from "./useCitizenSession.ts";

/**
 * `/ca-nhan`: the citizen's identity data from the e-ID (ACC-3) and their consents (SEC-5, REC-5).
 * Back from the payment platform (`?ho-so=`), the dossier's own page instead.
 */
export default function CitizenProfilePage() {
  const { t } = useTranslation();
  const back = paymentReturnPath(useLocation().search);
  if (back) return <Navigate to={back} replace />;
  return (
    <>
      <PageTitle>{t("citizenProfile.pageTitle")}</PageTitle>
      <RequireCitizen>{(citizen) => <Profile citizen={citizen} />}</RequireCitizen>
    </>
  );
}

const card = { withBorder: true, p: { base: "md", sm: "xl" } } as const;

function Profile({ citizen }: { citizen: CitizenProfile }) {
  const { t } = useTranslation();
  const { signOut } = useCitizenSession();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function leave() {
    setBusy(true);
    setFailure(null);
    try {
      await signOut();
    } catch (error) {
      setFailure(errorText(error, t));
      setBusy(false);
    }
  }

  return (
    <Stack gap="lg" data-testid="citizen-profile">
      <Paper {...card} style={{ borderTop: "4px solid var(--mantine-color-brand-7)" }}>
        <Group justify="space-between" align="flex-start" gap="md">
          <Box miw={0}>
            <Text c="gray.7" fz="sm" fw={600} tt="uppercase" lts="0.04em">
              {t("citizenProfile.title")}
            </Text>
            <Title order={1} fz={{ base: "h3", sm: "h2" }} c="brand.8" data-testid="citizen-name">
              {citizen.fullName}
            </Title>
            <Group gap="xs" mt="xs">
              <Badge
                size="lg"
                variant="light"
                color="gray"
                radius="sm"
                tt="none"
                fw={600}
                data-testid="citizen-kind"
              >
                {t(`citizenProfile.kind.${citizen.kind}`)}
              </Badge>
              <Badge
                size="lg"
                variant={citizen.identityLevel === 2 ? "filled" : "light"}
                color={citizen.identityLevel === 2 ? "teal.9" : "gray"}
                c={citizen.identityLevel === 2 ? "white" : "gray.9"}
                radius="sm"
                tt="none"
                fw={600}
                data-testid="citizen-level"
                data-level={citizen.identityLevel}
              >
                {t("citizenProfile.level", { level: citizen.identityLevel })}
              </Badge>
            </Group>
          </Box>
          <Button
            variant="outline"
            onClick={() => void leave()}
            loading={busy}
            data-testid="citizen-signout-button"
          >
            {t("citizenProfile.signOut")}
          </Button>
        </Group>
        {failure && (
          <Alert color="red" title={t("citizenProfile.signOutFailed")} mt="md">
            {failure}
          </Alert>
        )}
        <Alert
          mt="md"
          color={citizen.identityCountsAsPresented ? "teal" : "yellow"}
          variant="light"
          title={
            citizen.identityCountsAsPresented
              ? t("citizenProfile.presentedTitle")
              : t("citizenProfile.notPresentedTitle")
          }
          styles={{
            // teal-9 on the light teal gives 4.3:1; a darker teal reaches AA.
            title: { color: citizen.identityCountsAsPresented ? "#066649" : "var(--mantine-color-gold-8)" },
            label: { color: citizen.identityCountsAsPresented ? "#066649" : "var(--mantine-color-gold-8)" },
          }}
          data-testid="citizen-level-explanation"
        >
          <Text fz="sm">
            {citizen.identityCountsAsPresented
              ? t("citizenProfile.presented")
              : t("citizenProfile.notPresented")}
          </Text>
        </Alert>
      </Paper>

      <SimpleGrid cols={{ base: 1, md: citizen.organization ? 2 : 1 }} spacing="lg">
        <IdentityCard citizen={citizen} />
        {citizen.organization && (
          <Paper {...card} component="section" aria-labelledby="citizen-organization-title">
            <Title order={2} fz="h3" id="citizen-organization-title">
              {t("citizenProfile.organizationTitle")}
            </Title>
            <Text fz="sm" c="gray.7" mt={4} mb="md">
              {t("citizenProfile.organizationIntro")}
            </Text>
            <Fields data-testid="citizen-organization">
              <Field label={t("citizenProfile.organizationName")}>
                <Text inherit fw={600} data-testid="citizen-organization-name">
                  {citizen.organization.name}
                </Text>
              </Field>
              <Field label={t("citizenProfile.taxCode")}>
                <Text inherit ff="monospace" data-testid="citizen-organization-tax-code">
                  {citizen.organization.taxCode}
                </Text>
              </Field>
            </Fields>
          </Paper>
        )}
      </SimpleGrid>

      <ConsentsSection />
    </Stack>
  );
}

function IdentityCard({ citizen }: { citizen: CitizenProfile }) {
  const { t } = useTranslation();
  const [showNumber, setShowNumber] = useState(false);
  const missing = (
    <Text inherit c="gray.7" fs="italic">
      {t("citizenProfile.missing")}
    </Text>
  );
  const last = citizen.identityNumber.slice(-4);
  return (
    <Paper {...card} component="section" aria-labelledby="citizen-identity-title">
      <Title order={2} fz="h3" id="citizen-identity-title" mb="md">
        {t("citizenProfile.identityTitle")}
      </Title>
      <Fields data-testid="citizen-identity">
        <Field label={t("citizenProfile.fullName")}>
          <Text inherit fw={600}>
            {citizen.fullName}
          </Text>
        </Field>
        <Field label={t("citizenProfile.identityNumber")}>
          <Group gap="xs" wrap="nowrap">
            <Text
              inherit
              ff="monospace"
              fw={600}
              data-testid="citizen-identity-number"
              aria-label={showNumber ? undefined : t("citizenProfile.maskedNumber", { last })}
            >
              {showNumber ? citizen.identityNumber : maskIdentityNumber(citizen.identityNumber)}
            </Text>
            <Button
              variant="subtle"
              size="compact-sm"
              aria-pressed={showNumber}
              aria-label={
                showNumber ? t("citizenProfile.hideNumberLabel") : t("citizenProfile.showNumberLabel")
              }
              onClick={() => setShowNumber((shown) => !shown)}
              data-testid="citizen-identity-toggle"
            >
              {showNumber ? t("citizenProfile.hideNumber") : t("citizenProfile.showNumber")}
            </Button>
          </Group>
        </Field>
        <Field label={t("citizenProfile.birthDate")}>
          {citizen.birthDate ? (
            <Text inherit data-testid="citizen-birth-date">
              {formatBirthDate(citizen.birthDate)}
            </Text>
          ) : (
            missing
          )}
        </Field>
        <Field label={t("citizenProfile.gender")}>
          {citizen.gender ? t(`citizenProfile.genders.${citizen.gender}`) : missing}
        </Field>
        <Field label={t("citizenProfile.address")}>{citizen.address ?? missing}</Field>
        <Field label={t("citizenProfile.phone")}>{citizen.phone ?? missing}</Field>
        <Field label={t("citizenProfile.email")}>
          {citizen.email ? (
            <Text inherit style={{ overflowWrap: "anywhere" }}>
              {citizen.email}
            </Text>
          ) : (
            missing
          )}
        </Field>
      </Fields>
      <Text fz="sm" c="gray.7" mt="md">
        {t("citizenProfile.identitySource", { time: formatMoment(citizen.lastSignInAt) })}
      </Text>
    </Paper>
  );
}

/** Label and value side by side where there is room, stacked on a phone. */
function Fields({ children, ...rest }: { children: ReactNode; "data-testid"?: string }) {
  const orientation = useMatches<"vertical" | "horizontal">({ base: "vertical", sm: "horizontal" });
  return (
    <DataList
      orientation={orientation}
      size="md"
      withDivider
      styles={{
        itemLabel: {
          color: "var(--mantine-color-gray-7)",
          // Side by side, a long label wraps instead of pushing its value out of line.
          ...(orientation === "horizontal" ? { flex: "0 0 12rem", minWidth: 0 } : {}),
        },
      }}
      {...rest}
    >
      {children}
    </DataList>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}
