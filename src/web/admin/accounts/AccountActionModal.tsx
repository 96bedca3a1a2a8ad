import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  Modal,
  PasswordInput,
  Radio,
  Stack,
  Text,
  Textarea,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { TFunction } from "i18next";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { OfficerSummary } from "../../../contracts/accounts.ts";
import { adminAccountsApi, type LockReason, type RevokeReason } from "../../api-client/admin-accounts.ts";
import { ApiError } from "../../api-client/client.ts";
import { errorText } from "../../api-client/error-text.ts";
import { fieldErrors } from "../../api-client/field-errors.ts";
import { AgencyPicker } from "../../components/AgencyPicker.tsx";
import { PasswordChecklist } from "../../components/PasswordChecklist.tsx";
import type { AgencyTree } from "../../lib/agency-tree.ts";
import { generateTemporaryPassword, isStrongPassword } from "../../lib/password-policy.ts";
import { draftsOf, type GrantDraft, grantsOf, RoleGrantsEditor } from "./RoleGrantsEditor.tsx";
import { lockReasons, revokeReasons } from "./status-reason.ts";

export type AccountAction = "lock" | "unlock" | "resetPassword" | "transfer" | "roles" | "revoke";

interface Props {
  action: AccountAction | null;
  officer: OfficerSummary;
  tree: AgencyTree | null;
  onClose: () => void;
  /** After the server accepted: what to tell the administrator. */
  onDone: (message: string) => void;
}

/** Each change to an account asks for what it needs and says what will happen before it is made. */
export function AccountActionModal({ action, officer, tree, onClose, onDone }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={action !== null}
      onClose={onClose}
      title={action ? t(`accounts.actions.${action}Title`, { name: officer.fullName }) : ""}
      size="lg"
      centered
      closeButtonProps={{ "aria-label": t("admin.close") }}
    >
      {action === "lock" && <LockForm officer={officer} onClose={onClose} onDone={onDone} />}
      {action === "unlock" && <UnlockForm officer={officer} onClose={onClose} onDone={onDone} />}
      {action === "resetPassword" && (
        <ResetPasswordForm officer={officer} onClose={onClose} onDone={onDone} />
      )}
      {action === "transfer" && (
        <AssignForm mode="transfer" officer={officer} tree={tree} onClose={onClose} onDone={onDone} />
      )}
      {action === "roles" && (
        <AssignForm mode="roles" officer={officer} tree={tree} onClose={onClose} onDone={onDone} />
      )}
      {action === "revoke" && <RevokeForm officer={officer} onClose={onClose} onDone={onDone} />}
    </Modal>
  );
}

interface FormProps {
  officer: OfficerSummary;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Sends one change; keeps the server's refusal (`detail`, `errors[]`) to show it. */
function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  async function submit(call: () => Promise<void>, done: () => void) {
    setBusy(true);
    setFailure(null);
    setErrors({});
    try {
      await call();
      done();
    } catch (error) {
      setFailure(error);
      setErrors(fieldErrors(error));
      setBusy(false);
    }
  }
  return { busy, failure, errors, setErrors, submit };
}

function ActionForm({
  action,
  onSubmit,
  onClose,
  busy,
  failure,
  confirmLabel,
  confirmColor,
  children,
}: {
  action: AccountAction;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onClose: () => void;
  busy: boolean;
  failure: unknown;
  confirmLabel: string;
  confirmColor?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <form noValidate onSubmit={onSubmit} data-testid="account-action-form" data-action={action}>
      <Stack gap="md">
        {failure !== null && (
          <Alert color="red" title={t("accounts.actions.failed")} data-testid="account-action-error">
            <Text fz="sm">
              {failure instanceof ApiError && failure.fromServer
                ? failure.problem.detail
                : errorText(failure, t)}
            </Text>
          </Alert>
        )}
        {children}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t("admin.cancel")}
          </Button>
          <Button type="submit" color={confirmColor} loading={busy} data-testid="account-action-confirm">
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Consequences({ items }: { items: string[] }) {
  return (
    <List fz="sm" spacing={4}>
      {items.map((item) => (
        <List.Item key={item}>{item}</List.Item>
      ))}
    </List>
  );
}

/** LockForm and RevokeForm: a reason is required, and a note when the reason is "other". */
function reasonErrors(reason: string, note: string, t: TFunction): Record<string, string> {
  const found: Record<string, string> = {};
  if (reason === "") found.reason = t("accounts.actions.reasonRequired");
  if (reason === "other" && note.trim() === "") found.note = t("accounts.actions.noteRequired");
  return found;
}

/** The reason (one of `reasons`) and the free note of a lock or a revocation. */
function ReasonFields(props: {
  reasons: readonly (LockReason | RevokeReason)[];
  reason: string;
  note: string;
  errors: Record<string, string>;
  onReason: (value: string) => void;
  onNote: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Radio.Group
        label={t("accounts.actions.reason")}
        value={props.reason}
        onChange={props.onReason}
        error={props.errors.reason}
        required
      >
        <Stack gap={6} mt={4}>
          {props.reasons.map((value) => (
            <Radio
              key={value}
              value={value}
              label={t(`accounts.reasons.${value}`)}
              data-testid={`account-reason-${value}`}
            />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea
        label={t("accounts.actions.note")}
        description={t("accounts.actions.noteHint")}
        value={props.note}
        onChange={(event) => props.onNote(event.currentTarget.value)}
        maxLength={500}
        autosize
        minRows={2}
        error={props.errors.note}
        required={props.reason === "other"}
        data-testid="account-action-note"
      />
    </>
  );
}

function LockForm({ officer, onClose, onDone }: FormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<LockReason | "">("");
  const [note, setNote] = useState("");
  const { busy, failure, errors, setErrors, submit } = useSubmit();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Record<string, string> = {};
    Object.assign(found, reasonErrors(reason, note, t));
    setErrors(found);
    if (reason === "" || Object.keys(found).length > 0) return;
    const body = note.trim() ? { reason, note: note.trim() } : { reason };
    void submit(
      () => adminAccountsApi.lock(officer.id, body),
      () => onDone(t("accounts.actions.locked", { name: officer.fullName })),
    );
  }

  return (
    <ActionForm
      action="lock"
      onSubmit={onSubmit}
      onClose={onClose}
      busy={busy}
      failure={failure}
      confirmLabel={t("accounts.actions.lock")}
      confirmColor="orange.9"
    >
      <Consequences items={[t("accounts.actions.lockEffect"), t("accounts.actions.lockUndo")]} />
      <ReasonFields
        reasons={lockReasons}
        reason={reason}
        note={note}
        errors={errors}
        onReason={(value) => setReason(value as LockReason)}
        onNote={setNote}
      />
    </ActionForm>
  );
}

function UnlockForm({ officer, onClose, onDone }: FormProps) {
  const { t } = useTranslation();
  const { busy, failure, submit } = useSubmit();
  return (
    <ActionForm
      action="unlock"
      onSubmit={(event) => {
        event.preventDefault();
        void submit(
          () => adminAccountsApi.unlock(officer.id),
          () => onDone(t("accounts.actions.unlocked", { name: officer.fullName })),
        );
      }}
      onClose={onClose}
      busy={busy}
      failure={failure}
      confirmLabel={t("accounts.actions.unlock")}
      confirmColor="teal.8"
    >
      <Consequences items={[t("accounts.actions.unlockEffect"), t("accounts.actions.unlockAdvice")]} />
    </ActionForm>
  );
}

function ResetPasswordForm({ officer, onClose, onDone }: FormProps) {
  const { t } = useTranslation();
  const [password, setPassword] = useState("");
  const [visible, { toggle, open }] = useDisclosure(false);
  const { busy, failure, errors, setErrors, submit } = useSubmit();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!isStrongPassword(password, officer.username)) {
      setErrors({ temporaryPassword: t("password.weak") });
      return;
    }
    void submit(
      () => adminAccountsApi.resetPassword(officer.id, password),
      () => onDone(t("accounts.actions.passwordReset", { name: officer.fullName })),
    );
  }

  return (
    <ActionForm
      action="resetPassword"
      onSubmit={onSubmit}
      onClose={onClose}
      busy={busy}
      failure={failure}
      confirmLabel={t("accounts.actions.resetPassword")}
    >
      <Consequences items={[t("accounts.actions.resetEffect"), t("accounts.actions.resetHandOver")]} />
      <div>
        <PasswordInput
          label={t("accounts.form.temporaryPassword")}
          autoComplete="new-password"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          visible={visible}
          onVisibilityChange={toggle}
          visibilityToggleButtonProps={{ "aria-label": t("signIn.togglePassword") }}
          error={errors.temporaryPassword ?? errors.password}
          data-autofocus
          data-testid="account-reset-password-input"
        />
        <Button
          variant="subtle"
          size="compact-sm"
          mt={4}
          onClick={() => {
            setPassword(generateTemporaryPassword());
            open();
          }}
        >
          {t("accounts.form.generatePassword")}
        </Button>
      </div>
      <PasswordChecklist password={password} username={officer.username} />
    </ActionForm>
  );
}

function AssignForm({
  mode,
  officer,
  tree,
  onClose,
  onDone,
}: FormProps & { mode: "transfer" | "roles"; tree: AgencyTree | null }) {
  const { t } = useTranslation();
  const [agencyId, setAgencyId] = useState<string | null>(mode === "transfer" ? null : officer.agencyId);
  // On a transfer, roles held over the old agency move to the new one; others stay as they are.
  const [drafts, setDrafts] = useState<GrantDraft[]>(() =>
    mode === "roles"
      ? draftsOf(officer.roles)
      : officer.roles.map((g) => ({
          role: g.role,
          scopeAgencyId: g.scopeAgencyId === officer.agencyId ? null : g.scopeAgencyId,
        })),
  );
  const { busy, failure, errors, setErrors, submit } = useSubmit();

  function chooseAgency(id: string | null) {
    setAgencyId(id);
    setDrafts((list) => list.map((g) => (g.scopeAgencyId ? g : { ...g, scopeAgencyId: id })));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!agencyId) found.agencyId = t("accounts.form.agencyRequired");
    else if (mode === "transfer" && agencyId === officer.agencyId)
      found.agencyId = t("accounts.actions.sameAgency");
    const checked = grantsOf(drafts, t);
    if ("errors" in checked) Object.assign(found, checked.errors);
    setErrors(found);
    if (Object.keys(found).length > 0 || "errors" in checked || !agencyId) return;
    const agencyName = tree?.byId.get(agencyId)?.name ?? "";
    void submit(
      () =>
        mode === "transfer"
          ? adminAccountsApi.transfer(officer.id, { agencyId, roles: checked.grants })
          : adminAccountsApi.setRoles(officer.id, checked.grants),
      () =>
        onDone(
          mode === "transfer"
            ? t("accounts.actions.transferred", { name: officer.fullName, agency: agencyName })
            : t("accounts.actions.rolesChanged", { name: officer.fullName }),
        ),
    );
  }

  return (
    <ActionForm
      action={mode}
      onSubmit={onSubmit}
      onClose={onClose}
      busy={busy}
      failure={failure}
      confirmLabel={t(mode === "transfer" ? "accounts.actions.transfer" : "accounts.actions.saveRoles")}
    >
      <Consequences
        items={
          mode === "transfer"
            ? [t("accounts.actions.transferEffect"), t("accounts.actions.sessionsEnd")]
            : [t("accounts.actions.sessionsEnd")]
        }
      />
      {mode === "transfer" && (
        <>
          <Text fz="sm">{t("accounts.actions.currentAgency", { agency: officer.agencyName })}</Text>
          <AgencyPicker
            tree={tree}
            label={t("accounts.actions.newAgency")}
            placeholder={t("accounts.form.agencyPlaceholder")}
            value={agencyId}
            onChange={chooseAgency}
            error={errors.agencyId}
            required
            data-testid="account-transfer-agency"
          />
        </>
      )}
      <RoleGrantsEditor
        tree={tree}
        drafts={drafts}
        onChange={setDrafts}
        defaultScope={agencyId}
        errors={errors}
      />
    </ActionForm>
  );
}

function RevokeForm({ officer, onClose, onDone }: FormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<RevokeReason | "">("");
  const [note, setNote] = useState("");
  const [understood, setUnderstood] = useState(false);
  const { busy, failure, errors, setErrors, submit } = useSubmit();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Record<string, string> = {};
    Object.assign(found, reasonErrors(reason, note, t));
    if (!understood) found.understood = t("accounts.actions.confirmRequired");
    setErrors(found);
    if (reason === "" || Object.keys(found).length > 0) return;
    const body = note.trim() ? { reason, note: note.trim() } : { reason };
    void submit(
      () => adminAccountsApi.revoke(officer.id, body),
      () => onDone(t("accounts.actions.revoked", { name: officer.fullName })),
    );
  }

  return (
    <ActionForm
      action="revoke"
      onSubmit={onSubmit}
      onClose={onClose}
      busy={busy}
      failure={failure}
      confirmLabel={t("accounts.actions.revoke")}
      confirmColor="red.9"
    >
      <Consequences items={[t("accounts.actions.revokeEffect"), t("accounts.actions.revokeHistory")]} />
      <ReasonFields
        reasons={revokeReasons}
        reason={reason}
        note={note}
        errors={errors}
        onReason={(value) => setReason(value as RevokeReason)}
        onNote={setNote}
      />
      <Checkbox
        label={t("accounts.actions.revokeUnderstood")}
        checked={understood}
        onChange={(event) => setUnderstood(event.currentTarget.checked)}
        error={errors.understood}
        data-testid="account-revoke-understood"
      />
    </ActionForm>
  );
}
