import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation } from "react-router";
import { errorText } from "../api-client/error-text.ts";
import { CHANGE_PASSWORD_PATH } from "../auth/RequireOfficer.tsx";
import { useSession } from "../auth/useSession.ts";
import { PageTitle } from "../components/PageTitle.tsx";
import { returnPath, stateValue } from "../lib/route-state.ts";

type FieldErrors = { username?: string; password?: string };

export default function SignInPage() {
  const { t } = useTranslation();
  const { session, signIn } = useSession();
  const location = useLocation();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  // Already signed in, or just signed in by this form; a temporary password is changed before anything else.
  if (session.status === "signedIn") {
    const next = returnPath(location.state);
    return session.officer.mustChangePassword ? (
      <Navigate to={CHANGE_PASSWORD_PATH} replace state={{ from: next }} />
    ) : (
      <Navigate to={next} replace />
    );
  }
  const notice = stateValue(location.state, "notice");

  function validate(): FieldErrors {
    const errors: FieldErrors = {};
    const name = username.trim();
    if (name === "") errors.username = t("signIn.usernameRequired");
    else if (name.length > 100) errors.username = t("signIn.usernameTooLong");
    if (password === "") errors.password = t("signIn.passwordRequired");
    else if (password.length > 200) errors.password = t("signIn.passwordTooLong");
    return errors;
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = validate();
    setFieldErrors(errors);
    setFailure(null);
    const invalid = errors.username ? "username" : errors.password ? "password" : null;
    if (invalid) {
      const field = event.currentTarget.elements.namedItem(invalid);
      if (field instanceof HTMLInputElement) field.focus();
      return;
    }
    setSubmitting(true);
    try {
      await signIn({ username: username.trim(), password });
    } catch (error) {
      setFailure(errorText(error, t));
      setSubmitting(false);
    }
  }

  return (
    <>
      <PageTitle>{t("signIn.pageTitle")}</PageTitle>
      <Paper
        withBorder
        p={{ base: "md", sm: "xl" }}
        maw={440}
        mx="auto"
        style={{ borderTop: "4px solid var(--mantine-color-brand-7)" }}
      >
        <Title order={1} fz="h2" c="brand.8">
          {t("signIn.title")}
        </Title>
        <Text c="gray.7" fz="sm" mt={4} mb="lg">
          {t("signIn.intro")}
        </Text>
        <form noValidate onSubmit={onSubmit} data-testid="signin-form">
          <Stack>
            {notice === "signedOutEverywhere" && !failure && (
              <Alert color="teal" variant="light" data-testid="signin-notice">
                <Text fz="sm" role="status">
                  {t("signIn.signedOutEverywhere")}
                </Text>
              </Alert>
            )}
            {failure && (
              <Alert color="red" title={t("signIn.failedTitle")} data-testid="signin-error">
                {failure}
              </Alert>
            )}
            <TextInput
              name="username"
              label={t("signIn.username")}
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={username}
              error={fieldErrors.username}
              onChange={(event) => setUsername(event.currentTarget.value)}
            />
            <PasswordInput
              name="password"
              label={t("signIn.password")}
              autoComplete="current-password"
              required
              value={password}
              error={fieldErrors.password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              visibilityToggleButtonProps={{ "aria-label": t("signIn.togglePassword") }}
            />
            <Button type="submit" loading={submitting} fullWidth mt="xs">
              {t("signIn.submit")}
            </Button>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
