import { Alert, Anchor, Badge, Box, Button, Group, Modal, Paper, Stack, Text, Title } from "@mantine/core";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useLocation } from "react-router";
import type { CurrentOfficer } from "../../contracts/auth.ts";
import { adminAreas } from "../admin/areas.ts";
import { errorText } from "../api-client/error-text.ts";
import { CHANGE_PASSWORD_PATH, RequireOfficer } from "../auth/RequireOfficer.tsx";
import { useSession } from "../auth/useSession.ts";
import { PageTitle } from "../components/PageTitle.tsx";
import { stateValue } from "../lib/route-state.ts";
import { DashboardLinkCard } from "./dashboard/DashboardLinkCard.tsx";
import { InboxCard } from "./dossiers/InboxCard.tsx";
import { FeedbackLinkCard } from "./feedback/FeedbackLinkCard.tsx";
import { ReceptionLinkCard } from "./reception/ReceptionLinkCard.tsx";
import { isOneStopOfficer } from "./reception/reception-paths.ts";
import { ReportsLinkCard } from "./reports/ReportsLinkCard.tsx";
import { can, useRoleLabel } from "./roles.ts";
import { TrackingBookLinkCard } from "./tracking-book/TrackingBookLinkCard.tsx";

type Leaving = null | "here" | "everywhere";

export default function OfficerHomePage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const [leaving, setLeaving] = useState<Leaving>(null);

  // Signed out by a button of this page: to the portal, or to the sign-in form saying it was done everywhere.
  if (session.status === "signedOut" && leaving === "here") return <Navigate to="/" replace />;
  if (session.status === "signedOut" && leaving === "everywhere") {
    return <Navigate to="/dang-nhap" replace state={{ notice: "signedOutEverywhere" }} />;
  }
  return (
    <RequireOfficer title={t("officer.pageTitle")}>
      {(officer) => <OfficerHome officer={officer} onLeaving={setLeaving} />}
    </RequireOfficer>
  );
}

function OfficerHome({
  officer,
  onLeaving,
}: {
  officer: CurrentOfficer;
  onLeaving: (leaving: Leaving) => void;
}) {
  const { t } = useTranslation();
  const { signOut, signOutEverywhere } = useSession();
  const location = useLocation();
  const roleLabel = useRoleLabel();
  const [busy, setBusy] = useState<Leaving>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const areas = adminAreas.filter((area) => can(officer.roles, area.permission));
  const passwordChanged = stateValue(location.state, "notice") === "passwordChanged";

  async function leave(how: "here" | "everywhere") {
    setBusy(how);
    setFailure(null);
    onLeaving(how);
    try {
      await (how === "here" ? signOut() : signOutEverywhere());
    } catch (error) {
      onLeaving(null);
      setFailure(errorText(error, t));
      setBusy(null);
      setConfirming(false);
    }
  }

  return (
    <>
      <PageTitle>{t("officer.pageTitle")}</PageTitle>
      <Paper
        withBorder
        p={{ base: "md", sm: "xl" }}
        style={{ borderTop: "4px solid var(--mantine-color-brand-7)" }}
      >
        <Group justify="space-between" align="flex-start" gap="md">
          <Title order={1} fz="h2" c="brand.8" data-testid="officer-greeting">
            {t("officer.greeting", { name: officer.fullName })}
          </Title>
          <Button
            variant="outline"
            onClick={() => void leave("here")}
            loading={busy === "here"}
            disabled={busy !== null}
            data-testid="signout-button"
          >
            {t("officer.signOut")}
          </Button>
        </Group>
        {passwordChanged && (
          <Alert color="teal" variant="light" mt="md" data-testid="officer-notice">
            <Text fz="sm" role="status">
              {t("password.changed")}
            </Text>
          </Alert>
        )}
        {failure && (
          <Alert color="red" title={t("officer.signOutFailed")} mt="md">
            {failure}
          </Alert>
        )}
        <Stack gap="sm" mt="lg">
          <Row label={t("officer.agency")}>
            <Text fw={600} data-testid="officer-agency">
              {officer.agencyName}
            </Text>
          </Row>
          <Row label={t("officer.username")}>
            <Text ff="monospace">{officer.username}</Text>
          </Row>
          <Row label={t("officer.roles")}>
            {officer.roles.length === 0 ? (
              <Text c="gray.7">{t("officer.noRoles")}</Text>
            ) : (
              <Group
                gap="xs"
                component="ul"
                style={{ listStyle: "none", padding: 0, margin: 0 }}
                data-testid="officer-roles"
              >
                {officer.roles.map((role) => (
                  <Badge
                    key={role}
                    component="li"
                    size="lg"
                    variant="light"
                    radius="sm"
                    tt="none"
                    fw={600}
                    data-role={role}
                  >
                    {roleLabel(role)}
                  </Badge>
                ))}
              </Group>
            )}
          </Row>
        </Stack>
      </Paper>

      {can(officer.roles, "dossiers.read") && <InboxCard />}
      {isOneStopOfficer(officer.roles) && <ReceptionLinkCard />}
      {can(officer.roles, "dossiers.read") && <TrackingBookLinkCard />}
      {can(officer.roles, "reports.read") && <ReportsLinkCard />}
      {can(officer.roles, "reports.read") && <DashboardLinkCard />}
      {can(officer.roles, "feedback.handle") && <FeedbackLinkCard />}

      {areas.length > 0 && (
        <Paper
          withBorder
          p={{ base: "md", sm: "xl" }}
          mt="lg"
          component="nav"
          aria-labelledby="officer-tools"
        >
          <Title order={2} fz="h3" id="officer-tools" mb="sm">
            {t("officer.tools")}
          </Title>
          <Box component="ul" className="mc-link-grid" data-testid="officer-tools">
            {areas.map((area) => (
              <li key={area.key}>
                <Anchor component={Link} to={area.path} fw={700} data-testid={`officer-${area.key}-link`}>
                  {t(`admin.areas.${area.key}.title`)}
                </Anchor>
                <Text fz="sm" c="gray.7">
                  {t(`admin.areas.${area.key}.summary`)}
                </Text>
              </li>
            ))}
          </Box>
        </Paper>
      )}

      <Paper
        withBorder
        p={{ base: "md", sm: "xl" }}
        mt="lg"
        component="section"
        aria-labelledby="officer-account"
      >
        <Title order={2} fz="h3" id="officer-account" mb="sm">
          {t("officer.account")}
        </Title>
        <Group gap="md">
          <Button
            component={Link}
            to={CHANGE_PASSWORD_PATH}
            variant="light"
            data-testid="officer-password-link"
          >
            {t("officer.changePassword")}
          </Button>
          <Button
            variant="default"
            onClick={() => setConfirming(true)}
            disabled={busy !== null}
            data-testid="signout-everywhere-button"
          >
            {t("officer.signOutEverywhere")}
          </Button>
        </Group>
        <Text fz="sm" c="gray.7" mt="sm">
          {t("officer.signOutEverywhereHint")}
        </Text>
      </Paper>

      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t("officer.signOutEverywhereTitle")}
        centered
      >
        <Text fz="sm">{t("officer.signOutEverywhereConfirm")}</Text>
        <Group justify="flex-end" mt="lg" gap="sm">
          <Button variant="default" onClick={() => setConfirming(false)} disabled={busy !== null}>
            {t("admin.cancel")}
          </Button>
          <Button
            color="red.9"
            onClick={() => void leave("everywhere")}
            loading={busy === "everywhere"}
            data-testid="signout-everywhere-confirm"
          >
            {t("officer.signOutEverywhere")}
          </Button>
        </Group>
      </Modal>
    </>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box>
      <span className="mc-field-label">{label}</span>
      {children}
    </Box>
  );
}
