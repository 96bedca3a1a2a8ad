import { Alert, Box, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { DossierView } from "../../../contracts/dossiers.ts";
import { dossierFormUrl } from "../../api-client/reception.ts";
import { useWallClockText } from "../../lib/useWallClockText.ts";
import { vietnamWallClock } from "../../lib/wall-clock.ts";
import { dossierPagePath } from "./reception-paths.ts";

/** The dossier the counter created: its code, appointment, the slip to print (Mẫu 01, or Mẫu 03 when refused). */
export function ReceivedDossier({ dossier, onAnother }: { dossier: DossierView; onAnother: () => void }) {
  const { t } = useTranslation();
  const wallClock = useWallClockText();
  const refused = dossier.status === "refused_at_reception";
  const when = (iso: string | null) =>
    iso ? wallClock(vietnamWallClock(Date.parse(iso))) : t("counterReception.noAppointment");

  return (
    <Paper
      withBorder
      p={{ base: "md", sm: "xl" }}
      data-testid="reception-done"
      data-dossier-id={dossier.id}
      data-status={dossier.status}
    >
      {/* Said once: the status label ("Đã tiếp nhận") would only repeat it. */}
      <Alert
        color={refused ? "orange" : "teal"}
        title={t(refused ? "counterReception.refusedDone" : "counterReception.received")}
        role="status"
        data-testid="reception-done-message"
      />
      <Stack gap="sm" mt="lg">
        <Box>
          <span className="mc-field-label">{t("counterReception.code")}</span>
          <Text
            fz={{ base: "1.25rem", sm: "1.5rem" }}
            fw={700}
            ff="monospace"
            c="brand.8"
            className="mc-break"
            data-testid="reception-code"
          >
            {dossier.code}
          </Text>
        </Box>
        <Box>
          <span className="mc-field-label">{t("counterReception.receivedAt")}</span>
          <Text data-testid="reception-received-at">{when(dossier.receivedAt ?? dossier.submittedAt)}</Text>
        </Box>
        {!refused && (
          <Box>
            <span className="mc-field-label">{t("counterReception.appointment")}</span>
            <Text fw={700} data-testid="reception-appointment">
              {when(dossier.clock.appointment)}
            </Text>
          </Box>
        )}
      </Stack>
      <Group gap="sm" mt="xl">
        <Button
          component="a"
          href={dossierFormUrl(dossier.id, refused ? "mau-03" : "mau-01")}
          target="_blank"
          rel="noopener"
          size="md"
          data-testid="reception-print"
        >
          {t(refused ? "counterReception.printRefusal" : "counterReception.printReceipt")}
        </Button>
        <Button
          component={Link}
          to={dossierPagePath(dossier.id)}
          variant="light"
          size="md"
          data-testid="reception-open-dossier"
        >
          {t("counterReception.openDossier")}
        </Button>
        <Button variant="default" size="md" onClick={onAnother} data-testid="reception-another">
          {t("counterReception.another")}
        </Button>
      </Group>
    </Paper>
  );
}
