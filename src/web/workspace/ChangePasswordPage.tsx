import { Alert, Anchor, Button, Group, Paper, PasswordInput, Stack, Text, Title } from "@mantine/core";
import { type ChangeEvent, type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router";
import type { CurrentOfficer } from "../../contracts/auth.ts";
import { ApiError } from "../api-client/client.ts";
import { api } from "../api-client/endpoints.ts";
import { errorText } from "../api-client/error-text.ts";
import { RequireOfficer } from "../auth/RequireOfficer.tsx";
import { useSession } from "../auth/useSession.ts";
import { PageTitle } from "../components/PageTitle.tsx";
import { PasswordChecklist } from "../components/PasswordChecklist.tsx";
import { isStrongPassword } from "../lib/password-policy.ts";
import { returnPath } from "../lib/route-state.ts";

type Field = "currentPassword" | "newPassword" | "confirmPassword";

/** `/can-bo/doi-mat-khau`: an officer changes their password (ACC-1); required after a reset. */
export default function ChangePasswordPage() {
  const { t } = useTranslation();
  return (
    <RequireOfficer title={t("password.pageTitle")} allowPendingPasswordChange>
      {(officer) => <ChangePasswordForm officer={officer} />}
    </RequireOfficer>
  );
}

function ChangePasswordForm({ officer }: { officer: CurrentOfficer }) {
  const { t } = useTranslation();
  const { refresh, signOut } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [values, setValues] = useState<Record<Field, string>>({
    currentPassword: "",
    newPassword: "",
    confirmPassword: "",
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const forced = officer.mustChangePassword;

  const set = (field: Field) => (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.currentTarget.value;
    setValues((v) => ({ ...v, [field]: value }));
  };

  function validate(): Partial<Record<Field, string>> {
    const found: Partial<Record<Field, string>> = {};
    if (values.currentPassword === "") found.currentPassword = t("password.currentRequired");
    if (values.newPassword === "") found.newPassword = t("password.newRequired");
    else if (!isStrongPassword(values.newPassword, officer.username)) found.newPassword = t("password.weak");
    else if (values.newPassword === values.currentPassword) found.newPassword = t("password.unchanged");
    if (values.confirmPassword !== values.newPassword) found.confirmPassword = t("password.mismatch");
    return found;
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setFailure(null);
    const first = (["currentPassword", "newPassword", "confirmPassword"] as const).find((f) => found[f]);
    if (first) {
      const input = event.currentTarget.elements.namedItem(first);
      if (input instanceof HTMLInputElement) input.focus();
      return;
    }
    setSubmitting(true);
    try {
      await api.changePassword({
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      });
      await refresh();
      navigate(returnPath(location.state), { replace: true, state: { notice: "passwordChanged" } });
    } catch (error) {
      setSubmitting(false);
      if (error instanceof ApiError && error.code === "CURRENT_PASSWORD_WRONG") {
        setErrors({ currentPassword: error.problem.detail });
      } else if (error instanceof ApiError && ["WEAK_PASSWORD", "PASSWORD_UNCHANGED"].includes(error.code)) {
        setErrors({ newPassword: error.problem.detail });
      } else {
        setFailure(errorText(error, t));
      }
    }
  }

  return (
    <>
      <PageTitle>{t("password.pageTitle")}</PageTitle>
      <Paper
        withBorder
        p={{ base: "md", sm: "xl" }}
        maw={520}
        mx="auto"
        style={{ borderTop: "4px solid var(--mantine-color-brand-7)" }}
      >
        <Title order={1} fz="h2" c="brand.8">
          {t("password.title")}
        </Title>
        <Text c="gray.7" fz="sm" mt={4} mb="lg">
          {t("password.intro", { username: officer.username })}
        </Text>
        {forced && (
          <Alert
            color="orange"
            variant="light"
            title={t("password.forcedTitle")}
            mb="md"
            data-testid="password-forced"
          >
            <Text fz="sm">{t("password.forced")}</Text>
          </Alert>
        )}
        <form noValidate onSubmit={onSubmit} data-testid="password-form">
          <Stack>
            {failure && (
              <Alert color="red" title={t("password.failed")} data-testid="password-error">
                {failure}
              </Alert>
            )}
            {/* Lets password managers file the new password under the right account. */}
            <input type="hidden" name="username" autoComplete="username" value={officer.username} />
            <PasswordInput
              name="currentPassword"
              label={t(forced ? "password.temporary" : "password.current")}
              autoComplete="current-password"
              required
              value={values.currentPassword}
              onChange={set("currentPassword")}
              error={errors.currentPassword}
              visibilityToggleButtonProps={{ "aria-label": t("signIn.togglePassword") }}
              data-testid="password-current"
            />
            <PasswordInput
              name="newPassword"
              label={t("password.new")}
              autoComplete="new-password"
              required
              value={values.newPassword}
              onChange={set("newPassword")}
              error={errors.newPassword}
              visibilityToggleButtonProps={{ "aria-label": t("signIn.togglePassword") }}
              data-testid="password-new"
            />
            <PasswordChecklist password={values.newPassword} username={officer.username} />
            <PasswordInput
              name="confirmPassword"
              label={t("password.confirm")}
              autoComplete="new-password"
              required
              value={values.confirmPassword}
              onChange={set("confirmPassword")}
              error={errors.confirmPassword}
              visibilityToggleButtonProps={{ "aria-label": t("signIn.togglePassword") }}
              data-testid="password-confirm"
            />
            <Text fz="xs" c="gray.7">
              {t("password.otherSessions")}
            </Text>
            <Group justify="space-between" mt="xs">
              {forced ? (
                // Not now: the officer may leave, but comes back here at the next sign-in.
                <Button variant="subtle" onClick={() => void signOut()} data-testid="password-signout">
                  {t("officer.signOut")}
                </Button>
              ) : (
                <Anchor component={Link} to="/can-bo" fz="sm" fw={600}>
                  {t("admin.backToOfficer")}
                </Anchor>
              )}
              <Button type="submit" loading={submitting} data-testid="password-submit">
                {t("password.submit")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
