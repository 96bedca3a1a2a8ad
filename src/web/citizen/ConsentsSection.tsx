import { Alert, Badge, Box, Button, Group, Paper, Stack, Switch, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ConsentPurpose, ConsentStatus, ConsentsResponse } from "../../contracts/citizen.ts";
import { errorText } from "../api-client/error-text.ts";
import { PageLoader } from "../components/PageLoader.tsx";
import { useFetched } from "../lib/useFetched.ts";
import { citizenApi } from "./api.ts";
import { type ConsentEvent, consentEvents, formatMoment } from "./format.ts";

type Change = { purpose: ConsentPurpose; granted: boolean };

/**
 * The citizen's consents to the reuse of their personal data (SEC-5), e.g. pre-filling later forms
 * (REC-5): each purpose with the text agreed to and its version, a switch to give or withdraw it,
 * a notice when the text has changed since, and the full history of grants and withdrawals.
 */
export function ConsentsSection() {
  const { t, i18n } = useTranslation();
  const fetched = useFetched("citizen-consents", (signal) => citizenApi.consents(signal));
  // The answer of the latest change (the server sends the whole picture back), over the first load.
  const [changed, setChanged] = useState<ConsentsResponse | null>(null);
  const [pending, setPending] = useState<ConsentPurpose | null>(null);
  const [done, setDone] = useState<{ purpose: ConsentPurpose; text: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const data = changed ?? fetched.data;
  const vietnamese = i18n.resolvedLanguage === "vi";

  const titleOf = (purpose: ConsentPurpose) =>
    (vietnamese ? data?.consents.find((c) => c.purpose === purpose)?.title : undefined) ??
    t(`citizenConsents.purposes.${purpose}`);

  async function change({ purpose, granted }: Change) {
    setPending(purpose);
    setDone(null);
    setFailure(null);
    try {
      setChanged(await citizenApi.changeConsent({ purpose, granted }));
      const title = titleOf(purpose);
      setDone({
        purpose,
        text: granted
          ? t("citizenConsents.granted", { purpose: title })
          : t("citizenConsents.withdrawn", { purpose: title }),
      });
    } catch (error) {
      setFailure(errorText(error, t));
    } finally {
      setPending(null);
    }
  }

  return (
    <Paper
      withBorder
      p={{ base: "md", sm: "xl" }}
      component="section"
      aria-labelledby="citizen-consents-title"
      data-testid="citizen-consents"
    >
      <Title order={2} fz="h3" id="citizen-consents-title">
        {t("citizenConsents.title")}
      </Title>
      <Text fz="sm" c="gray.7" mt={4}>
        {t("citizenConsents.intro")}
      </Text>
      {!vietnamese && (
        <Text fz="sm" c="gray.7" mt={4}>
          {t("citizenConsents.textLanguageNote")}
        </Text>
      )}

      {!data && fetched.loading && <PageLoader />}
      {!data && fetched.error !== null && !fetched.loading && (
        <Alert color="red" title={t("citizenConsents.loadFailed")} mt="md" data-testid="consents-error">
          <Text fz="sm">{errorText(fetched.error, t)}</Text>
          <Button variant="outline" size="xs" mt="sm" onClick={fetched.reload}>
            {t("citizenConsents.retry")}
          </Button>
        </Alert>
      )}

      {failure && (
        <Alert color="red" title={t("citizenConsents.changeFailed")} mt="md" data-testid="consent-error">
          {failure}
        </Alert>
      )}

      {data && (
        <>
          <Stack gap="md" mt="md">
            {data.consents.map((consent) => (
              <ConsentCard
                key={consent.purpose}
                consent={consent}
                title={titleOf(consent.purpose)}
                oldVersion={
                  data.history.find((r) => r.purpose === consent.purpose && r.withdrawnAt === null)
                    ?.textVersion ?? null
                }
                pending={pending}
                notice={done?.purpose === consent.purpose ? done.text : null}
                onChange={(granted) => void change({ purpose: consent.purpose, granted })}
              />
            ))}
          </Stack>
          <History events={consentEvents(data.history)} titleOf={titleOf} />
        </>
      )}
    </Paper>
  );
}

function ConsentCard({
  consent,
  title,
  oldVersion,
  pending,
  notice,
  onChange,
}: {
  consent: ConsentStatus;
  title: string;
  /** The version of an outdated consent still open. */
  oldVersion: string | null;
  pending: ConsentPurpose | null;
  /** What the latest change of this consent did, announced to screen readers. */
  notice: string | null;
  onChange: (granted: boolean) => void;
}) {
  const { t } = useTranslation();
  const { purpose } = consent;
  const titleId = `consent-${purpose}-title`;
  const busy = pending === purpose;
  const status = consent.granted ? "granted" : consent.outdated ? "outdated" : "notGranted";
  return (
    <Box
      component="article"
      aria-labelledby={titleId}
      p={{ base: "sm", sm: "md" }}
      bd="1px solid var(--mantine-color-gray-3)"
      style={{
        borderRadius: "var(--mantine-radius-sm)",
        borderLeft: `4px solid var(--mantine-color-${consent.granted ? "teal-7" : "gray-4"})`,
      }}
      data-testid={`consent-${purpose}`}
      data-granted={consent.granted}
      data-outdated={consent.outdated}
    >
      <Group justify="space-between" align="flex-start" gap="xs">
        <Title order={3} fz="h4" id={titleId}>
          {title}
        </Title>
        <Badge
          variant="light"
          size="md"
          color={status === "granted" ? "teal" : status === "outdated" ? "yellow" : "gray"}
          c={status === "granted" ? "teal.9" : status === "outdated" ? "gold.8" : "gray.8"}
          radius="sm"
          tt="none"
          fw={600}
          data-testid={`consent-${purpose}-badge`}
        >
          {status === "granted"
            ? t("citizenConsents.statusGranted")
            : status === "outdated"
              ? t("citizenConsents.statusOutdated")
              : t("citizenConsents.statusNotGranted")}
        </Badge>
      </Group>
      <Text fz="xs" c="gray.7" mt={2} data-testid={`consent-${purpose}-version`}>
        {t("citizenConsents.version", { version: consent.textVersion })}
      </Text>
      <Text
        lang="vi"
        fz="sm"
        mt="sm"
        pl="sm"
        style={{ borderLeft: "3px solid var(--mantine-color-gray-3)", whiteSpace: "pre-line" }}
        data-testid={`consent-${purpose}-text`}
      >
        {consent.text}
      </Text>

      {consent.outdated && (
        <Alert
          color="yellow"
          variant="light"
          mt="sm"
          title={t("citizenConsents.outdatedTitle")}
          styles={{ title: { color: "var(--mantine-color-gold-8)" } }}
          data-testid={`consent-${purpose}-outdated`}
        >
          <Text fz="sm">
            {oldVersion
              ? t("citizenConsents.outdated", { old: oldVersion, version: consent.textVersion })
              : t("citizenConsents.outdatedUnknown", { version: consent.textVersion })}
          </Text>
          <Button
            variant="outline"
            color="gold.8"
            size="xs"
            mt="xs"
            disabled={pending !== null}
            onClick={() => onChange(false)}
            data-testid={`consent-${purpose}-withdraw-old`}
          >
            {t("citizenConsents.withdrawOld")}
          </Button>
        </Alert>
      )}

      <Group mt="sm" gap="xs" justify="space-between" align="center">
        <Switch
          size="md"
          color="teal.8"
          label={t("citizenConsents.switchLabel")}
          checked={consent.granted}
          disabled={pending !== null}
          onChange={(event) => onChange(event.currentTarget.checked)}
          aria-describedby={titleId}
          data-testid={`consent-${purpose}-switch`}
        />
        {consent.granted && consent.grantedAt && (
          <Text fz="sm" c="gray.7" data-testid={`consent-${purpose}-granted-at`}>
            {t("citizenConsents.grantedAt", { time: formatMoment(consent.grantedAt) })}
          </Text>
        )}
      </Group>
      <Text fz="sm" fw={600} c="teal.9" mt={4} role="status" data-testid={`consent-${purpose}-notice`}>
        {busy ? t("citizenConsents.saving") : notice}
      </Text>
    </Box>
  );
}

function History({
  events,
  titleOf,
}: {
  events: ConsentEvent[];
  titleOf: (purpose: ConsentPurpose) => string;
}) {
  const { t } = useTranslation();
  return (
    <Box component="section" aria-labelledby="consent-history-title" mt="xl">
      <Title order={3} fz="h4" id="consent-history-title" mb="xs">
        {t("citizenConsents.historyTitle")}
      </Title>
      {events.length === 0 ? (
        <Text fz="sm" c="gray.7" data-testid="consent-history-empty">
          {t("citizenConsents.historyEmpty")}
        </Text>
      ) : (
        <Box
          component="ol"
          m={0}
          p={0}
          style={{ listStyle: "none" }}
          data-testid="consent-history"
          aria-labelledby="consent-history-title"
        >
          {events.map((event) => (
            <Box
              component="li"
              key={`${event.purpose}-${event.textVersion}-${event.kind}-${event.at}`}
              py="xs"
              style={{ borderTop: "1px solid var(--mantine-color-gray-2)" }}
              data-testid="consent-history-item"
              data-kind={event.kind}
              data-purpose={event.purpose}
            >
              <Group gap="xs" wrap="wrap" align="baseline">
                <Text fz="sm" c="gray.7" ff="monospace" miw="8.5rem">
                  {formatMoment(event.at)}
                </Text>
                <Badge
                  variant="light"
                  color={event.kind === "granted" ? "teal" : "gray"}
                  c={event.kind === "granted" ? "teal.9" : "gray.8"}
                  radius="sm"
                  tt="none"
                  fw={600}
                >
                  {t(`citizenConsents.events.${event.kind}`)}
                </Badge>
                <Text fz="sm" fw={600}>
                  {titleOf(event.purpose)}
                </Text>
                <Text fz="sm" c="gray.7">
                  {event.kind === "superseded" && event.newVersion
                    ? t("citizenConsents.eventSuperseded", {
                        version: event.textVersion,
                        newVersion: event.newVersion,
                      })
                    : t("citizenConsents.eventVersion", { version: event.textVersion })}
                </Text>
              </Group>
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
}
