import { Alert, Box, Button, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { DossierCode } from "../../../contracts/dossiers.ts";
import { ApiError } from "../../api-client/client.ts";
import { errorText } from "../../api-client/error-text.ts";
import { lookupApi } from "../../api-client/lookup.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useFetched } from "../../lib/useFetched.ts";
import { LookupResult } from "./LookupResult.tsx";
import { QrScanner } from "./QrScanner.tsx";

/**
 * `/tra-cuu?ma=<code>`: where a dossier stands, for anyone with its code (CODE-3) — what the QR on
 * Mẫu 01 opens. No sign-in; the server masks personal data.
 */
export default function LookupPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = (params.get("ma") ?? "").trim();
  const code = DossierCode.safeParse(asked);
  const valid = code.success ? code.data : "";
  const [text, setText] = useState(asked);
  const found = useFetched(valid, (signal) =>
    valid ? lookupApi.byCode(valid, signal) : Promise.resolve(null),
  );

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setParams(text.trim() ? { ma: text.trim() } : {});
  }

  function onQrCode(read: string) {
    setText(read);
    setParams({ ma: read });
  }

  const status = found.error instanceof ApiError ? found.error.status : undefined;
  const missing = status === 404;
  // Too many look-ups from this address (SEC-6): the server says how long to wait.
  const notice = missing || status === 429;
  return (
    <Stack gap="lg" data-testid="lookup-page">
      <PageTitle>{t("publicLookup.pageTitle")}</PageTitle>
      <Paper
        withBorder
        p={{ base: "md", sm: "xl" }}
        style={{ borderTop: "4px solid var(--mantine-color-brand-7)" }}
      >
        <Title order={1} c="brand.8" fz={{ base: "1.5rem", sm: "1.875rem" }} mb={4}>
          {t("publicLookup.pageTitle")}
        </Title>
        <Text c="gray.8" mb="md">
          {t("publicLookup.intro")}
        </Text>
        <search>
          <form onSubmit={onSubmit} noValidate>
            <Group gap="sm" align="flex-end">
              <TextInput
                flex="1 1 16rem"
                size="md"
                label={t("publicLookup.codeLabel")}
                placeholder={t("publicLookup.codePlaceholder")}
                value={text}
                onChange={(event) => setText(event.currentTarget.value)}
                error={asked && !code.success ? t("publicLookup.badCode") : undefined}
                autoComplete="off"
                spellCheck={false}
                data-testid="lookup-code"
              />
              <Button type="submit" size="md" data-testid="lookup-submit">
                {t("publicLookup.search")}
              </Button>
            </Group>
          </form>
        </search>
        <Box mt="md">
          <QrScanner onCode={onQrCode} />
        </Box>
      </Paper>
      <div role="status" aria-live="polite">
        {valid && found.loading && !found.data && <Text c="gray.7">{t("loading")}</Text>}
        {found.error !== null && (
          <Alert
            color={notice ? "orange" : "red"}
            title={notice ? undefined : t("publicLookup.loadError")}
            data-testid="lookup-not-found"
            data-missing={missing}
            data-rate-limited={status === 429}
          >
            {missing ? t("publicLookup.notFound", { code: valid }) : errorText(found.error, t)}
          </Alert>
        )}
      </div>
      {found.data && <LookupResult lookup={found.data} />}
    </Stack>
  );
}
