import "../admin.css";
import {
  Alert,
  Button,
  Group,
  List,
  Paper,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { adminAccountsApi } from "../../api-client/admin-accounts.ts";
import { ApiError } from "../../api-client/client.ts";
import { errorText } from "../../api-client/error-text.ts";
import { fieldErrors } from "../../api-client/field-errors.ts";
import { RequireOfficer } from "../../auth/RequireOfficer.tsx";
import { AgencyPicker } from "../../components/AgencyPicker.tsx";
import { PasswordChecklist } from "../../components/PasswordChecklist.tsx";
import { generateTemporaryPassword, isStrongPassword } from "../../lib/password-policy.ts";
import { AdminPageHeader } from "../AdminPageHeader.tsx";
import { useAgencyTree } from "../useAgencyTree.ts";
import { ACCOUNTS_PATH, accountPath } from "./paths.ts";
import { type GrantDraft, grantsOf, RoleGrantsEditor } from "./RoleGrantsEditor.tsx";

const USERNAME = /^[a-z0-9._-]{3,64}$/;

/** Server codes that concern one field: its message goes next to that field. */
const fieldOfCode: Record<string, string> = {
  USERNAME_TAKEN: "username",
  WEAK_PASSWORD: "temporaryPassword",
  AGENCY_UNKNOWN: "agencyId",
  AGENCY_NOT_FOUND: "agencyId",
};

/** `/quan-tri/tai-khoan/tao-moi`: a personal account for an official (ACC-1). */
export function CreateAccountPage() {
  const { t } = useTranslation();
  return (
    <RequireOfficer permission="accounts.manage" title={t("accounts.createTitle")}>
      {() => <CreateAccountForm />}
    </RequireOfficer>
  );
}

function CreateAccountForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { tree } = useAgencyTree();
  const [username, setUsername] = useState("");
  const [fullName, setFullName] = useState("");
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [grants, setGrants] = useState<GrantDraft[]>([{ role: "", scopeAgencyId: null }]);
  const [password, setPassword] = useState("");
  const [passwordVisible, { toggle: togglePassword, open: showPassword }] = useDisclosure(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const normalizedUsername = username.trim().toLowerCase();

  function chooseAgency(id: string | null) {
    setAgencyId(id);
    // Roles are usually held over one's own agency: fill the scopes not chosen yet.
    setGrants((list) => list.map((g) => (g.scopeAgencyId ? g : { ...g, scopeAgencyId: id })));
  }

  function validate(): Record<string, string> {
    const found: Record<string, string> = {};
    if (!USERNAME.test(normalizedUsername)) found.username = t("accounts.form.usernameInvalid");
    if (fullName.trim() === "") found.fullName = t("accounts.form.fullNameRequired");
    if (!agencyId) found.agencyId = t("accounts.form.agencyRequired");
    const checked = grantsOf(grants, t);
    if ("errors" in checked) Object.assign(found, checked.errors);
    if (!isStrongPassword(password, normalizedUsername)) found.temporaryPassword = t("password.weak");
    return found;
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const found = validate();
    setErrors(found);
    setFailure(null);
    const checked = grantsOf(grants, t);
    if (Object.keys(found).length > 0 || "errors" in checked || !agencyId) {
      focusFirstError(form);
      return;
    }
    setSubmitting(true);
    try {
      const created = await adminAccountsApi.create({
        username: normalizedUsername,
        fullName: fullName.trim(),
        agencyId,
        roles: checked.grants,
        temporaryPassword: password,
      });
      navigate(accountPath(created.id), { state: { notice: "created" } });
    } catch (error) {
      setSubmitting(false);
      setFailure(error);
      const byField = fieldErrors(error);
      // WEAK_PASSWORD names its field `password`; the form calls it `temporaryPassword`.
      if (byField.password) byField.temporaryPassword = byField.password;
      const field = error instanceof ApiError ? fieldOfCode[error.code] : undefined;
      if (field && error instanceof ApiError) byField[field] ??= error.problem.detail;
      setErrors(byField);
      focusFirstError(form);
    }
  }

  const serverErrors = Object.entries(fieldErrors(failure)).filter(
    ([path]) =>
      !["username", "fullName", "agencyId", "temporaryPassword", "password"].includes(path) &&
      !path.startsWith("roles"),
  );

  return (
    <>
      <AdminPageHeader
        title={t("accounts.createTitle")}
        intro={t("accounts.createIntro")}
        back={{ to: ACCOUNTS_PATH, label: t("accounts.backToList") }}
        data-testid="account-create-title"
      />
      <Paper withBorder p={{ base: "md", sm: "xl" }} mt="lg">
        <form noValidate onSubmit={onSubmit} data-testid="account-create-form">
          <Stack gap="md" maw={760}>
            {failure !== null && (
              <Alert color="red" title={t("accounts.form.failed")} data-testid="account-create-error">
                <Text fz="sm">{errorText(failure, t)}</Text>
                {serverErrors.length > 0 && (
                  <List fz="sm" mt="xs">
                    {serverErrors.map(([path, message]) => (
                      <List.Item key={path}>
                        <code>{path}</code>: {message}
                      </List.Item>
                    ))}
                  </List>
                )}
              </Alert>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                name="username"
                label={t("accounts.form.username")}
                description={t("accounts.form.usernameHint")}
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                required
                maxLength={64}
                value={username}
                onChange={(event) => setUsername(event.currentTarget.value)}
                error={errors.username}
                data-testid="account-username"
              />
              <TextInput
                name="fullName"
                label={t("accounts.form.fullName")}
                description={t("accounts.form.fullNameHint")}
                autoComplete="off"
                required
                maxLength={200}
                value={fullName}
                onChange={(event) => setFullName(event.currentTarget.value)}
                error={errors.fullName}
                data-testid="account-full-name"
              />
            </SimpleGrid>
            <AgencyPicker
              tree={tree}
              label={t("accounts.form.agency")}
              description={t("accounts.form.agencyHint")}
              placeholder={t("accounts.form.agencyPlaceholder")}
              value={agencyId}
              onChange={chooseAgency}
              error={errors.agencyId}
              required
              data-testid="account-agency"
            />
            <RoleGrantsEditor
              tree={tree}
              drafts={grants}
              onChange={setGrants}
              defaultScope={agencyId}
              errors={errors}
            />
            <div>
              <PasswordInput
                name="temporaryPassword"
                label={t("accounts.form.temporaryPassword")}
                description={t("accounts.form.temporaryPasswordHint")}
                autoComplete="new-password"
                required
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                visible={passwordVisible}
                onVisibilityChange={togglePassword}
                visibilityToggleButtonProps={{ "aria-label": t("signIn.togglePassword") }}
                error={errors.temporaryPassword}
                data-testid="account-password"
              />
              <Button
                variant="subtle"
                size="compact-sm"
                mt={4}
                onClick={() => {
                  setPassword(generateTemporaryPassword());
                  showPassword();
                }}
                data-testid="account-password-generate"
              >
                {t("accounts.form.generatePassword")}
              </Button>
            </div>
            <PasswordChecklist password={password} username={normalizedUsername} />
            <Group justify="flex-end" gap="sm">
              <Button component={Link} to={ACCOUNTS_PATH} variant="default">
                {t("admin.cancel")}
              </Button>
              <Button type="submit" loading={submitting} data-testid="account-create-submit">
                {t("accounts.form.submit")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  );
}

/** Moves the focus to the first field that shows an error (else shows the form's alert), once rendered. */
function focusFirstError(form: HTMLFormElement) {
  requestAnimationFrame(() => {
    const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) invalid.focus();
    else form.querySelector('[role="alert"]')?.scrollIntoView({ block: "center" });
  });
}
