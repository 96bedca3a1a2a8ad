import { Box, Button, Skeleton, Text } from "@mantine/core";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { useSession } from "../auth/useSession.ts";
import { CITIZEN_SIGN_IN_PATH } from "./paths.ts";
import { useCitizenSession } from "./useCitizenSession.ts";

const CitizenMenu = lazy(() => import("./CitizenMenu.tsx"));

/**
 * The citizen's place in the header: "Đăng nhập bằng VNeID" for a visitor (to the sign-in page,
 * which brings them back here; not to a signed-in officer, whose place is the officers' link), the
 * citizen's name with a menu (own page, sign out) once signed in.
 * The menu is fetched only for a signed-in citizen: most visitors never open it.
 */
export function CitizenHeaderControl() {
  const { t } = useTranslation();
  const { session } = useCitizenSession();
  const officer = useSession().session;
  const location = useLocation();

  if (session.status === "loading") {
    return (
      <Skeleton height={26} width={150} opacity={0.4} aria-label={t("citizenNav.loading")} role="status" />
    );
  }
  if (session.status === "signedOut") {
    if (officer.status === "signedIn") return null;
    const here = location.pathname + location.search;
    return (
      <Button
        component={Link}
        to={CITIZEN_SIGN_IN_PATH}
        state={location.pathname === CITIZEN_SIGN_IN_PATH ? location.state : { from: here }}
        variant="white"
        size="compact-sm"
        px="sm"
        data-testid="header-citizen-signin"
      >
        {/* The full wording where there is room; a phone shares the line with the language switch. */}
        <Box component="span" visibleFrom="xs">
          {t("citizenNav.signIn")}
        </Box>
        <Box component="span" hiddenFrom="xs">
          {t("citizenNav.signInShort")}
        </Box>
      </Button>
    );
  }

  const { citizen } = session;
  return (
    <Suspense fallback={<CitizenNameButton name={citizen.fullName} />}>
      <CitizenMenu citizen={citizen} />
    </Suspense>
  );
}

/** The look of the menu's button, shown while the menu itself loads. */
export function CitizenNameButton({ name }: { name: string }) {
  return (
    <Button variant="white" size="compact-sm" px="xs" maw={{ base: 166, sm: 280 }} tabIndex={-1}>
      <Text span inherit truncate="end">
        {name}
      </Text>
    </Button>
  );
}
