import "../admin.css";
import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import type { AuditEntry, OfficerSummary } from "../../../contracts/accounts.ts";
import type { CurrentOfficer } from "../../../contracts/auth.ts";
import { adminAccountsApi } from "../../api-client/admin-accounts.ts";
import { errorText } from "../../api-client/error-text.ts";
import { stateValue } from "../../lib/route-state.ts";
import { useFetched } from "../../lib/useFetched.ts";
import { formatInstant } from "../../lib/wall-clock.ts";
import { can, useRoleLabel } from "../../workspace/roles.ts";
import { AdminPageHeader } from "../AdminPageHeader.tsx";
import { AuditEntryDrawer } from "../audit/AuditEntryDrawer.tsx";
import { AuditEntryList } from "../audit/AuditEntryList.tsx";
import { useAgencyTree } from "../useAgencyTree.ts";
import { type AccountAction, AccountActionModal } from "./AccountActionModal.tsx";
import { ACCOUNTS_PATH } from "./paths.ts";
import { StatusBadge } from "./StatusBadge.tsx";
import { statusReasonText } from "./status-reason.ts";

/** `/quan-tri/tai-khoan/:id`: one account, what can be done to it, and its history (ACC-1, ACC-2). */
export function AccountPage({ officer }: { officer: CurrentOfficer }) {
  const { id = "" } = useParams();
  // Keyed by account: another account starts with its own notice and dialogs closed.
  return <AccountView key={id} id={id} me={officer} />;
}

function AccountView({ id, me }: { id: string; me: CurrentOfficer }) {
  const { t } = useTranslation();
  const location = useLocation();
  const detail = useFetched(id, (signal) => adminAccountsApi.get(id, signal));
  const { tree } = useAgencyTree();
  const [action, setAction] = useState<AccountAction | null>(null);
  const [notice, setNotice] = useState<string | null>(
    stateValue(location.state, "notice") === "created" ? t("accounts.created") : null,
  );
  const [opened, setOpened] = useState<AuditEntry | null>(null);
  const back = { to: ACCOUNTS_PATH, label: t("accounts.backToList") };

  if (!detail.data) {
    return (
      <>
        <AdminPageHeader title={t("accounts.accountTitle")} back={back} />
        {detail.error ? (
          <Alert color="red" title={t("accounts.accountLoadError")} mt="lg" data-testid="account-error">
            <Text fz="sm">{errorText(detail.error, t)}</Text>
            <Button mt="sm" variant="outline" onClick={detail.reload}>
              {t("admin.retry")}
            </Button>
          </Alert>
        ) : (
          <Center py="xl">
            <Loader aria-label={t("loading")} />
          </Center>
        )}
      </>
    );
  }

  const { officer, accountHistory, recentActions } = detail.data;
  const manage = can(me.roles, "accounts.manage");

  return (
    <>
      <AdminPageHeader
        title={officer.fullName}
        pageTitle={`${officer.fullName} — ${t("accounts.title")}`}
        back={back}
        data-testid="account-title"
      >
        <Group gap="sm">
          <Text ff="monospace" fw={600} data-testid="account-username">
            {officer.username}
          </Text>
          <StatusBadge officer={officer} size="lg" />
          {officer.mustChangePassword && officer.status !== "revoked" && (
            <Badge color="gray" variant="outline" radius="sm" tt="none" size="lg">
              {t("accounts.mustChangePassword")}
            </Badge>
          )}
        </Group>
      </AdminPageHeader>

      {notice && (
        <Alert
          color="teal"
          variant="light"
          mt="lg"
          withCloseButton
          onClose={() => setNotice(null)}
          closeButtonLabel={t("admin.close")}
          data-testid="account-notice"
        >
          <Text fz="sm" role="status">
            {notice}
          </Text>
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" mt="lg">
        <Paper withBorder p={{ base: "md", sm: "lg" }} component="section" aria-labelledby="account-facts">
          <Title order={2} fz="h4" id="account-facts" mb="sm">
            {t("accounts.facts")}
          </Title>
          <Box component="dl" m={0}>
            <Fact label={t("accounts.agency")}>
              <Text fw={600} data-testid="account-agency">
                {officer.agencyName}
              </Text>
            </Fact>
            <Fact label={t("accounts.statusFilter")}>
              <StatusBadge officer={officer} withReason={false} />
              {officer.statusReason && (
                <Text fz="sm" mt={4} data-testid="account-status-reason">
                  {statusReasonText(officer.statusReason, t)}
                </Text>
              )}
            </Fact>
            <Fact label={t("accounts.failedLoginsLabel")}>
              <Text data-testid="account-failed-logins">{officer.failedLogins}</Text>
            </Fact>
            {officer.lockedUntil && (
              <Fact label={t("accounts.restingUntilLabel")}>
                <Text c="orange.9" fw={600} data-testid="account-resting-until">
                  <time dateTime={officer.lockedUntil}>{formatInstant(officer.lockedUntil)}</time>
                </Text>
              </Fact>
            )}
            <Fact label={t("accounts.passwordLabel")}>
              <Text>
                {officer.mustChangePassword ? t("accounts.passwordTemporary") : t("accounts.passwordOwn")}
              </Text>
            </Fact>
          </Box>
        </Paper>
        <RolesCard officer={officer} />
      </SimpleGrid>

      {manage && (
        <Paper
          withBorder
          p={{ base: "md", sm: "lg" }}
          mt="lg"
          component="section"
          aria-labelledby="account-actions"
        >
          <Title order={2} fz="h4" id="account-actions" mb="sm">
            {t("accounts.actions.title")}
          </Title>
          <ActionButtons officer={officer} self={officer.id === me.id} onChoose={setAction} />
        </Paper>
      )}

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" mt="lg">
        <Paper withBorder p={{ base: "md", sm: "lg" }} component="section" aria-labelledby="account-history">
          <Title order={2} fz="h4" id="account-history" mb={4}>
            {t("accounts.history.title")}
          </Title>
          <Text fz="sm" c="gray.7" mb="sm">
            {t("accounts.history.intro")}
          </Text>
          {accountHistory.length === 0 ? (
            <Text c="gray.7">{t("accounts.history.empty")}</Text>
          ) : (
            <AuditEntryList entries={accountHistory} showActor onOpen={setOpened} testId="account-history" />
          )}
        </Paper>
        <Paper withBorder p={{ base: "md", sm: "lg" }} component="section" aria-labelledby="account-recent">
          <Title order={2} fz="h4" id="account-recent" mb={4}>
            {t("accounts.history.recentTitle")}
          </Title>
          <Text fz="sm" c="gray.7" mb="sm">
            {t("accounts.history.recentIntro")}
          </Text>
          {recentActions.length === 0 ? (
            <Text c="gray.7">{t("accounts.history.recentEmpty")}</Text>
          ) : (
            <AuditEntryList
              entries={recentActions}
              showActor={false}
              onOpen={setOpened}
              testId="account-recent"
            />
          )}
          {can(me.roles, "audit.read") && (
            <Anchor
              component={Link}
              to={`/quan-tri/nhat-ky?nguoi=${encodeURIComponent(officer.id)}`}
              fz="sm"
              fw={600}
              mt="sm"
              display="inline-block"
              data-testid="account-audit-link"
            >
              {t("accounts.history.allInAudit")}
            </Anchor>
          )}
        </Paper>
      </SimpleGrid>

      <AccountActionModal
        action={action}
        officer={officer}
        tree={tree}
        onClose={() => setAction(null)}
        onDone={(message) => {
          setAction(null);
          setNotice(message);
          detail.reload();
        }}
      />
      <AuditEntryDrawer entry={opened} onClose={() => setOpened(null)} />
    </>
  );
}

function RolesCard({ officer }: { officer: OfficerSummary }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} component="section" aria-labelledby="account-roles">
      <Title order={2} fz="h4" id="account-roles" mb="sm">
        {t("accounts.roles")}
      </Title>
      {officer.roles.length === 0 ? (
        <Text c="gray.7">
          {officer.status === "revoked" ? t("accounts.revokedNoRoles") : t("accounts.noRoles")}
        </Text>
      ) : (
        <Table className="mc-stack-table" data-testid="account-roles">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("accounts.rolesEditor.role")}</Table.Th>
              <Table.Th>{t("accounts.rolesEditor.scope")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {officer.roles.map((grant) => (
              <Table.Tr key={`${grant.role}|${grant.scopeAgencyId}`} data-role={grant.role}>
                <Table.Td>
                  <Text fw={600} fz="sm">
                    {roleLabel(grant.role)}
                  </Text>
                </Table.Td>
                <Table.Td data-label={t("accounts.rolesEditor.scope")}>
                  <Text fz="sm">{grant.scopeAgencyName}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

function ActionButtons({
  officer,
  self,
  onChoose,
}: {
  officer: OfficerSummary;
  self: boolean;
  onChoose: (action: AccountAction) => void;
}) {
  const { t } = useTranslation();
  if (officer.status === "revoked") {
    return (
      <Text c="gray.7" data-testid="account-revoked-note">
        {t("accounts.actions.revokedNote")}
      </Text>
    );
  }
  const button = (action: AccountAction, label: string, props: { color?: string; variant?: string } = {}) => (
    <Button
      variant={props.variant ?? "outline"}
      color={props.color}
      onClick={() => onChoose(action)}
      data-testid={`account-${action}`}
    >
      {label}
    </Button>
  );
  return (
    <>
      <Group gap="sm">
        {officer.status === "locked"
          ? button("unlock", t("accounts.actions.unlock"), { color: "teal.8", variant: "filled" })
          : !self && button("lock", t("accounts.actions.lock"), { color: "orange.9" })}
        {button("resetPassword", t("accounts.actions.resetPassword"))}
        {button("transfer", t("accounts.actions.transfer"))}
        {button("roles", t("accounts.actions.roles"))}
        {!self && button("revoke", t("accounts.actions.revoke"), { color: "red.9" })}
      </Group>
      {self && (
        <Text fz="sm" c="gray.7" mt="sm">
          {t("accounts.actions.selfNote")}
        </Text>
      )}
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box mb="sm">
      <Text component="dt" className="mc-field-label">
        {label}
      </Text>
      <Box component="dd" m={0}>
        {children}
      </Box>
    </Box>
  );
}
