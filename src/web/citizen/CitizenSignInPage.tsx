import { Alert, Anchor, Box, Button, List, Paper, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useLocation } from "react-router";
import { SIGN_IN_CANCELLED_PARAM } from "../../contracts/citizen.ts";
import { PageLoader } from "../components/PageLoader.tsx";
import { PageTitle } from "../components/PageTitle.tsx";
import { citizenSignInStartUrl } from "./api.ts";
import { citizenReturnPath } from "./paths.ts";
import { useCitizenSession } from "./useCitizenSession.ts";

/**
 * Explains signing in with the national e-ID (ACC-3) before leaving the portal for VNeID, which
 * brings the citizen back to the page that sent them here (their own page by default).
 */
export default function CitizenSignInPage() {
  const { t } = useTranslation();
  const { session } = useCitizenSession();
  const location = useLocation();
  const [leaving, setLeaving] = useState(false);
  const next = citizenReturnPath(location.state, location.search);
  // Back from VNeID after "Huỷ" (the callback sends the citizen here with `?huy=1`).
  const cancelled = new URLSearchParams(location.search).has(SIGN_IN_CANCELLED_PARAM);

  // Back from VNeID with the browser's back button: the page may come from the cache, still "leaving".
  useEffect(() => {
    const reset = (event: PageTransitionEvent) => {
      if (event.persisted) setLeaving(false);
    };
    window.addEventListener("pageshow", reset);
    return () => window.removeEventListener("pageshow", reset);
  }, []);

  if (session.status === "loading") return <PageLoader />;
  if (session.status === "signedIn") return <Navigate to={next} replace />;

  return (
    <>
      <PageTitle>{t("citizenSignIn.pageTitle")}</PageTitle>
      <Paper
        withBorder
        p={{ base: "md", sm: "xl" }}
        maw={640}
        mx="auto"
        style={{ borderTop: "4px solid var(--mantine-color-brand-7)" }}
        data-testid="citizen-signin-page"
      >
        {cancelled && (
          <Alert
            color="orange"
            mb="md"
            title={t("citizenSignIn.cancelledTitle")}
            data-testid="citizen-signin-cancelled"
          >
            {t("citizenSignIn.cancelled")}
          </Alert>
        )}
        <Title order={1} fz={{ base: "h3", sm: "h2" }} c="brand.8">
          {t("citizenSignIn.title")}
        </Title>
        <Text mt="sm">{t("citizenSignIn.intro")}</Text>

        <Title order={2} fz="h4" mt="lg" mb="xs">
          {t("citizenSignIn.levelsTitle")}
        </Title>
        <List spacing="xs" fz="sm">
          <List.Item>{t("citizenSignIn.level1")}</List.Item>
          <List.Item>{t("citizenSignIn.level2")}</List.Item>
          <List.Item>{t("citizenSignIn.organization")}</List.Item>
          <List.Item>{t("citizenSignIn.sharedData")}</List.Item>
        </List>

        <Box mt="xl">
          <Button
            component="a"
            href={citizenSignInStartUrl(next)}
            size="md"
            fullWidth
            loading={leaving}
            onClick={() => setLeaving(true)}
            data-testid="citizen-signin-continue"
          >
            {leaving ? t("citizenSignIn.redirecting") : t("citizenSignIn.continue")}
          </Button>
          <Text fz="sm" c="gray.7" mt="xs" ta="center">
            {t("citizenSignIn.afterSignIn")}
          </Text>
        </Box>

        <Text fz="sm" mt="lg">
          {t("citizenSignIn.noAccount")}
        </Text>
        <Text fz="sm" mt="sm">
          {t("citizenSignIn.officerPrompt")}{" "}
          <Anchor component={Link} to="/dang-nhap" inherit fw={600}>
            {t("citizenSignIn.officerLink")}
          </Anchor>
        </Text>
      </Paper>
    </>
  );
}
