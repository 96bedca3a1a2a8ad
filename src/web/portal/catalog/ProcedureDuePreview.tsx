import { Alert, Box, NativeSelect, Paper, SimpleGrid, Text, TextInput, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { DueDateQuery } from "../../../contracts/calendar.ts";
import type { PublicProcedure } from "../../../contracts/catalog.ts";
import { errorText } from "../../api-client/error-text.ts";
import { formatLocal, parseWallClock, toVietnamIso, vietnamWallClock } from "../../lib/wall-clock.ts";
import { DuePreviewResult } from "../due-preview/DuePreviewResult.tsx";
import { useDuePreview } from "../due-preview/useDuePreview.ts";
import { durationText } from "./format.ts";

/**
 * The portal's due-date preview (portal/due-preview) for one procedure: its processing time, unit
 * and same-day cut-off (CAL-5..8) are fixed; the applicant picks when they would submit and where.
 * The server computes it with the agency's calendar, as it will for the real appointment.
 */
export function ProcedureDuePreview({
  procedure,
  agencyId,
  onAgencyChange,
}: {
  procedure: PublicProcedure;
  agencyId: string;
  onAgencyChange: (agencyId: string) => void;
}) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(() => formatLocal(vietnamWallClock(Date.now())));
  const reception = parseWallClock(from);
  const { amount, unit } = procedure.processingTime;

  const query = useMemo((): DueDateQuery | null => {
    const at = parseWallClock(from);
    if (!at) return null;
    return {
      from: toVietnamIso(at),
      amount,
      unit,
      ...(agencyId ? { agencyId } : {}),
      ...(procedure.sameDayCutoff ? { sameDayCutoff: procedure.sameDayCutoff } : {}),
    };
  }, [from, amount, unit, agencyId, procedure.sameDayCutoff]);
  const state = useDuePreview(query);

  return (
    <Paper
      withBorder
      p={{ base: "md", sm: "lg" }}
      data-testid="due-preview"
      style={{ borderTop: "4px solid var(--mantine-color-brand-7)" }}
    >
      <Title order={3} fz="lg" mb={4}>
        {t("procedure.preview.title")}
      </Title>
      <Text fz="sm" c="gray.7" mb="md">
        {t("procedure.preview.intro", {
          time: durationText(procedure.processingTime, t, procedure.sameDayCutoff),
        })}
        {procedure.sameDayCutoff && ` ${t("procedure.preview.cutoff", { cutoff: procedure.sameDayCutoff })}`}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          type="datetime-local"
          label={t("procedure.preview.from")}
          description={t("procedure.preview.fromHint")}
          value={from}
          onChange={(event) => setFrom(event.currentTarget.value)}
          error={reception ? undefined : t("duePreview.fromRequired")}
          required
          data-testid="due-preview-from"
        />
        <NativeSelect
          label={t("procedure.preview.agency")}
          description={t("procedure.preview.agencyHint")}
          value={agencyId}
          onChange={(event) => onAgencyChange(event.currentTarget.value)}
          data={procedure.agencies.map((agency) => ({ value: agency.id, label: agency.name }))}
          data-testid="due-preview-agency"
        />
      </SimpleGrid>
      <Box mt="md">
        {state.status === "error" ? (
          <Alert color="red" title={t("duePreview.failed")} data-testid="due-preview-error">
            {errorText(state.error, t)}
          </Alert>
        ) : (
          <DuePreviewResult state={state} />
        )}
      </Box>
      <Text fz="xs" c="gray.7" mt="sm">
        {t("duePreview.note")}
      </Text>
    </Paper>
  );
}
