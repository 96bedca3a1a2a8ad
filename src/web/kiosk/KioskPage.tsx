import { Alert, Box, Button, Container, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { type CSSProperties, type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { DossierCode } from "../../contracts/dossiers.ts";
import { ApiError } from "../api-client/client.ts";
import { errorText } from "../api-client/error-text.ts";
import { lookupApi } from "../api-client/lookup.ts";
import { PageTitle } from "../components/PageTitle.tsx";
import { useFetched } from "../lib/useFetched.ts";
import { LookupResult } from "../portal/lookup/LookupResult.tsx";
import { QrScanner } from "../portal/lookup/QrScanner.tsx";
import { useSite } from "../site/useSite.ts";
import { Keypad } from "./Keypad.tsx";
import { useIdleReset } from "./useIdleReset.ts";

/** Back to the start screen after a minute without a touch; the countdown shows in the last 10 s. */
const IDLE_MS = 60_000;
const WARN_MS = 10_000;
const BIG = { minHeight: 64, fontSize: "1.5rem" } as const;
/** LookupResult in large type: its Mantine sizes, scaled up for reading from a step away. */
const BIG_TYPE = {
  "--mantine-font-size-md": "1.5rem",
  "--mantine-font-size-sm": "1.25rem",
  "--mantine-h3-font-size": "2rem",
} as CSSProperties;

/**
 * `/tra-cuu/kiosk` — "Tra cứu tại quầy": the lookup (CODE-3, LKP-1) on a touch screen in the
 * one-stop hall. No site menu, big type, an on-screen keypad (the keyboard works too), the QR
 * scan, and a reset to the start screen when the visitor walks away.
 */
export default function KioskPage() {
  const { t } = useTranslation();
  const { province } = useSite();
  const [text, setText] = useState("");
  const [searched, setSearched] = useState("");
  const [invalid, setInvalid] = useState(false);
  const [touched, setTouched] = useState(false);
  const [round, setRound] = useState(0);
  const found = useFetched(searched, (signal) =>
    searched ? lookupApi.byCode(searched, signal) : Promise.resolve(null),
  );

  function reset() {
    setText("");
    setSearched("");
    setInvalid(false);
    setTouched(false);
    setRound((n) => n + 1);
  }
  const idle = useIdleReset({ enabled: touched, timeoutMs: IDLE_MS, warnMs: WARN_MS, onExpire: reset });

  function edit(next: string) {
    setTouched(true);
    setInvalid(false);
    setText(next.toUpperCase().slice(0, 40));
  }
  function search(code: string) {
    setTouched(true);
    const parsed = DossierCode.safeParse(code);
    setInvalid(!parsed.success);
    setSearched(parsed.success ? parsed.data : "");
  }
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    search(text);
  }

  const status = found.error instanceof ApiError ? found.error.status : undefined;
  const missing = status === 404;
  const warning = idle.view?.warning === true;
  return (
    <Box mih="100vh" bg="gray.0" data-testid="kiosk-page" data-round={round}>
      <PageTitle>{t("kiosk.pageTitle")}</PageTitle>
      <Box component="header" bg="brand.8" c="white" py="sm">
        <Container size="lg">
          <Text fw={700} fz="xl">
            {province ? `${t("site.portalName")} — ${province}` : t("site.portalName")}
          </Text>
        </Container>
      </Box>
      <Container component="main" id="main" size="lg" py="xl">
        <Stack gap="xl">
          <Stack gap="xs">
            <Title order={1} c="brand.8" fz={{ base: "2rem", sm: "2.75rem" }}>
              {t("kiosk.heading")}
            </Title>
            <Text fz="xl" c="gray.8">
              {t("kiosk.intro")}
            </Text>
          </Stack>
          {warning && idle.view && (
            <Alert
              color="orange"
              role="alert"
              data-testid="kiosk-countdown"
              styles={{ message: { fontSize: "1.5rem" } }}
            >
              <Group justify="space-between" gap="md">
                <span>{t("kiosk.countdown", { seconds: idle.view.secondsLeft })}</span>
                <Button size="xl" style={BIG} onClick={idle.stay} data-testid="kiosk-stay">
                  {t("kiosk.stay")}
                </Button>
              </Group>
            </Alert>
          )}
          {found.data ? (
            <Stack gap="lg">
              <Box style={BIG_TYPE} data-testid="kiosk-result">
                <LookupResult lookup={found.data} />
              </Box>
              <Button size="xl" style={BIG} onClick={reset} data-testid="kiosk-start-over">
                {t("kiosk.startOver")}
              </Button>
            </Stack>
          ) : (
            <Paper withBorder p={{ base: "md", sm: "xl" }}>
              <Stack gap="lg">
                <form onSubmit={onSubmit} noValidate>
                  <Group gap="md" align="flex-end">
                    <TextInput
                      flex="1 1 20rem"
                      size="xl"
                      label={t("kiosk.codeLabel")}
                      value={text}
                      onChange={(event) => edit(event.currentTarget.value)}
                      error={invalid ? t("kiosk.badCode") : undefined}
                      autoComplete="off"
                      spellCheck={false}
                      inputMode="none"
                      styles={{ input: { fontSize: "2rem", minHeight: 72 }, label: { fontSize: "1.5rem" } }}
                      data-testid="kiosk-code"
                    />
                    <Button
                      type="submit"
                      size="xl"
                      style={{ ...BIG, minHeight: 72 }}
                      data-testid="kiosk-search"
                    >
                      {t("kiosk.search")}
                    </Button>
                  </Group>
                </form>
                <QrScanner
                  key={round}
                  size="xl"
                  onCode={(code) => {
                    setText(code);
                    search(code);
                  }}
                />
                <Keypad
                  onKey={(key) => edit(text + key)}
                  onBackspace={() => edit(text.slice(0, -1))}
                  onClear={() => edit("")}
                />
              </Stack>
            </Paper>
          )}
          <div role="status" aria-live="polite">
            {searched && found.loading && !found.data && <Text fz="xl">{t("loading")}</Text>}
            {found.error !== null && (
              <Alert
                color={missing || status === 429 ? "orange" : "red"}
                styles={{ message: { fontSize: "1.375rem" } }}
                data-testid="kiosk-not-found"
                data-missing={missing}
              >
                {missing ? t("publicLookup.notFound", { code: searched }) : errorText(found.error, t)}
              </Alert>
            )}
          </div>
        </Stack>
      </Container>
    </Box>
  );
}
