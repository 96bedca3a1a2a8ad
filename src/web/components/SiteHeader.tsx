import { Box, Container, Group, Skeleton, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, NavLink } from "react-router";
import { useSession } from "../auth/useSession.ts";
import { CitizenHeaderControl } from "../citizen/CitizenHeaderControl.tsx";
import { useSite } from "../site/useSite.ts";
import { Emblem } from "./Emblem.tsx";
import { LanguageSwitch } from "./LanguageSwitch.tsx";

export function SiteHeader() {
  const { t } = useTranslation();
  const { state, province } = useSite();
  return (
    <Box component="header">
      <Box bg="brand.8" c="white" style={{ borderBottom: "4px solid var(--mantine-color-gold-5)" }}>
        <Container size="lg" py="sm">
          <Group justify="space-between" gap="sm">
            <Link to="/" className="mc-brand">
              <Group gap="sm" wrap="nowrap">
                <Emblem />
                <Box>
                  {state.status === "loading" ? (
                    <Skeleton height={12} width={120} my={3} opacity={0.4} aria-hidden="true" />
                  ) : (
                    <Text c="gold.2" fz="xs" fw={700} tt="uppercase" lts="0.06em" data-testid="site-province">
                      {province ?? t("site.portalName")}
                    </Text>
                  )}
                  <Text fw={700} fz={{ base: "sm", sm: "lg" }} lh={1.25}>
                    {t("site.systemName")}
                  </Text>
                </Box>
              </Group>
            </Link>
            <Group gap="xs" justify="space-between" flex={{ base: "1 1 100%", sm: "0 0 auto" }}>
              <LanguageSwitch />
              <CitizenHeaderControl />
            </Group>
          </Group>
        </Container>
      </Box>
      <Box
        component="nav"
        aria-label={t("nav.label")}
        bg="white"
        style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}
      >
        <Container size="lg">
          <Group gap="lg" justify="space-between">
            <Group gap="lg">
              <NavLink to="/" end className="mc-nav-link">
                {t("nav.home")}
              </NavLink>
              <NavLink to="/thong-ke" className="mc-nav-link" data-testid="nav-statistics">
                {t("publicStatistics.nav")}
              </NavLink>
              <NavLink to="/tra-cuu" className="mc-nav-link" data-testid="nav-lookup">
                {t("onlineSubmission.navLookup")}
              </NavLink>
            </Group>
            <SessionLink />
          </Group>
        </Container>
      </Box>
    </Box>
  );
}

function SessionLink() {
  const { t } = useTranslation();
  const { session } = useSession();
  if (session.status === "loading") return <Skeleton height={16} width={140} aria-hidden="true" />;
  if (session.status === "signedIn") {
    return (
      <NavLink to="/can-bo" className="mc-nav-link" data-testid="header-officer">
        {t("nav.officerArea", { name: session.officer.fullName })}
      </NavLink>
    );
  }
  return (
    <NavLink to="/dang-nhap" className="mc-nav-link">
      {t("nav.officerSignIn")}
    </NavLink>
  );
}
