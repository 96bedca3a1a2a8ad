import "./dossiers.css";
import { Button, Group, Paper, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { INBOX_BOXES } from "../../../contracts/dossiers.ts";
import { dossiersApi } from "../../api-client/dossiers.ts";
import { errorText } from "../../api-client/error-text.ts";
import { useFetched } from "../../lib/useFetched.ts";
import { BoxCount } from "./BoxCount.tsx";
import { BOX_SLUGS } from "./inbox-view.ts";
import { INBOX_PATH } from "./paths.ts";

/** The officer home's way into the inbox: how many dossiers wait in each box. */
export function InboxCard() {
  const { t } = useTranslation();
  const counts = useFetched("inbox-counts", (signal) => dossiersApi.inboxCounts(signal));
  return (
    <Paper
      withBorder
      p={{ base: "md", sm: "xl" }}
      mt="lg"
      component="section"
      aria-labelledby="officer-inbox"
      style={{ borderLeft: "4px solid var(--mantine-color-brand-7)" }}
      data-testid="officer-inbox-card"
    >
      <Group justify="space-between" align="flex-start" gap="sm" mb="sm">
        <Title order={2} fz="h3" id="officer-inbox">
          {t("dossierWorkArea.title")}
        </Title>
        <Button component={Link} to={INBOX_PATH} data-testid="officer-inbox-link">
          {t("inbox.open")}
        </Button>
      </Group>
      {counts.error ? (
        <Text fz="sm" c="red.9">
          {errorText(counts.error, t)}
        </Text>
      ) : (
        <Group gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {INBOX_BOXES.map((box) => (
            <li key={box}>
              <Button
                component={Link}
                to={`${INBOX_PATH}?hop=${BOX_SLUGS[box]}`}
                variant="default"
                size="compact-md"
                rightSection={<BoxCount box={box} count={counts.data?.counts[box] ?? null} />}
              >
                {t(`inbox.boxes.${box}`)}
              </Button>
            </li>
          ))}
        </Group>
      )}
    </Paper>
  );
}
