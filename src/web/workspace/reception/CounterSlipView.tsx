import { Alert, Box, Button, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CounterSlip } from "../../../contracts/dossiers.ts";
import { errorText } from "../../api-client/error-text.ts";
import { type ReceptionBody, receptionApi } from "../../api-client/reception.ts";
import { useWallClockText } from "../../lib/useWallClockText.ts";
import { vietnamWallClock } from "../../lib/wall-clock.ts";

/**
 * REC-2 (a)/(b): no dossier, only the slip for the applicant — Mẫu 02 listing everything missing at
 * once, rendered by the server as the official PDF, or the guidance to the competent agency,
 * printed from the page.
 */
export function CounterSlipView({
  slip,
  applicant,
  onAnother,
}: {
  slip: CounterSlip;
  /** The applicant as entered (Mẫu 02 prints their address and contacts). */
  applicant: ReceptionBody["applicant"];
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  const wallClock = useWallClockText();
  const [printing, setPrinting] = useState(false);
  const [printError, setPrintError] = useState<string | null>(null);

  async function print() {
    if (slip.kind !== "incomplete") {
      window.print();
      return;
    }
    // Opened at once (still within the click), filled when the PDF arrives.
    const tab = window.open("", "_blank");
    setPrinting(true);
    setPrintError(null);
    try {
      const pdf = await receptionApi.counterSupplementSlip({
        agencyId: slip.agency.id,
        procedureId: slip.procedure.id,
        applicant,
        reason: slip.reason ?? "",
        missingItems: slip.missingItems,
      });
      const url = URL.createObjectURL(pdf);
      if (tab) tab.location.href = url;
      else window.location.assign(url);
    } catch (error) {
      tab?.close();
      setPrintError(errorText(error, t));
    } finally {
      setPrinting(false);
    }
  }

  const rows: [string, string | null][] = [
    [t("counterReception.slipAgency"), slip.agency.name],
    [t("counterReception.slipProcedure"), `${slip.procedure.code} — ${slip.procedure.name}`],
    [t("counterReception.slipApplicant"), slip.applicantName],
    [t("counterReception.slipAt"), wallClock(vietnamWallClock(Date.parse(slip.at)))],
    [t("counterReception.reason"), slip.reason],
    [t("counterReception.guidance"), slip.guidance],
    [t("counterReception.competentAgency"), slip.competentAgency],
  ];

  return (
    <Paper withBorder p={{ base: "md", sm: "xl" }} data-testid="reception-slip" data-kind={slip.kind}>
      <Alert color="orange" variant="light" mb="lg">
        {t("counterReception.slipNote")}
      </Alert>
      <Title order={2} fz="h3" mb="md">
        {t(`counterReception.slipTitle.${slip.kind}`)}
      </Title>
      <Stack gap="sm">
        {rows.map(([label, value]) =>
          value ? (
            <Box key={label}>
              <span className="mc-field-label">{label}</span>
              <Text className="mc-break">{value}</Text>
            </Box>
          ) : null,
        )}
        {slip.missingItems.length > 0 && (
          <Box>
            <span className="mc-field-label">{t("counterReception.missingItems")}</span>
            <List type="ordered" data-testid="reception-slip-items">
              {slip.missingItems.map((item) => (
                <List.Item key={item}>{item}</List.Item>
              ))}
            </List>
          </Box>
        )}
      </Stack>
      {printError && (
        <Alert color="red" variant="light" mt="lg" role="alert" data-testid="reception-slip-print-error">
          {printError}
        </Alert>
      )}
      <Group gap="sm" mt="xl">
        <Button size="md" loading={printing} onClick={() => void print()} data-testid="reception-slip-print">
          {t(slip.kind === "incomplete" ? "counterReception.printMau02" : "counterReception.print")}
        </Button>
        <Button variant="default" size="md" onClick={onAnother}>
          {t("counterReception.another")}
        </Button>
      </Group>
    </Paper>
  );
}
