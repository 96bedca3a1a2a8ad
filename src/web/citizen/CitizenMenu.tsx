import { Alert, Button, Menu, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { CitizenProfile } from "../../contracts/citizen.ts";
import { errorText } from "../api-client/error-text.ts";
import { CITIZEN_PROFILE_PATH, DATA_STORE_PATH, MY_DOSSIERS_PATH } from "./paths.ts";
import { useCitizenSession } from "./useCitizenSession.ts";

/** The signed-in citizen's name in the header, opening a menu: own page, sign out. */
export default function CitizenMenu({ citizen }: { citizen: CitizenProfile }) {
  const { t } = useTranslation();
  const { signOut } = useCitizenSession();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function leave() {
    setBusy(true);
    setFailure(null);
    try {
      // A citizen page sends the visitor home; a public page stays as it is.
      await signOut();
    } catch (error) {
      setFailure(t("citizenNav.signOutFailed", { reason: errorText(error, t) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Menu position="bottom-end" shadow="md" width={220} withinPortal>
        <Menu.Target>
          <Button
            variant="white"
            size="compact-sm"
            px="xs"
            maw={{ base: 166, sm: 280 }}
            loading={busy}
            aria-label={t("citizenNav.menuLabel", { name: citizen.fullName })}
            rightSection={<Chevron />}
            data-testid="header-citizen-menu"
          >
            <Text span inherit truncate="end" data-testid="header-citizen-name">
              {citizen.fullName}
            </Text>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label c="gray.7">{citizen.fullName}</Menu.Label>
          <Menu.Item component={Link} to={CITIZEN_PROFILE_PATH} data-testid="header-citizen-profile">
            {t("citizenNav.profile")}
          </Menu.Item>
          <Menu.Item component={Link} to={MY_DOSSIERS_PATH} data-testid="header-citizen-dossiers">
            {t("myDossiers.menu")}
          </Menu.Item>
          <Menu.Item component={Link} to={DATA_STORE_PATH} data-testid="header-citizen-data-store">
            {t("dataStore.menu")}
          </Menu.Item>
          <Menu.Item onClick={() => void leave()} data-testid="header-citizen-signout">
            {t("citizenNav.signOut")}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {failure && (
        <Alert
          color="red"
          variant="light"
          p="xs"
          withCloseButton
          onClose={() => setFailure(null)}
          style={{ flexBasis: "100%" }}
          data-testid="header-citizen-error"
        >
          <Text fz="sm" role="alert">
            {failure}
          </Text>
        </Alert>
      )}
    </>
  );
}

function Chevron() {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}
