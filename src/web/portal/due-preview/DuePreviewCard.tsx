import { Alert, Box, NativeSelect, Paper, SimpleGrid, Text, TextInput, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PublicAgency } from "../../../contracts/agencies.ts";
import { type DueDateQuery, DurationUnit } from "../../../contracts/calendar.ts";
import { errorText } from "../../api-client/error-text.ts";
import { fieldErrors } from "../../api-client/field-errors.ts";
import { formatLocal, parseWallClock, toVietnamIso, vietnamWallClock } from "../../lib/wall-clock.ts";
import { agencySelectData } from "../agency-options.ts";
import { DuePreviewResult } from "./DuePreviewResult.tsx";
import { useDuePreview } from "./useDuePreview.ts";

type Field = "from" | "amount" | "unit" | "agencyId";

/**
 * "If the dossier is received at …, the result is expected at …": a citizen tries a processing time
 * against the working calendar (the server computes it: one source of truth with the deadlines).
 */
export function DuePreviewCard({ agencies }: { agencies: readonly PublicAgency[] }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(() => formatLocal(vietnamWallClock(Date.now())));
  const [amount, setAmount] = useState("3");
  const [unit, setUnit] = useState<DurationUnit>("working_days");
  const [agencyId, setAgencyId] = useState("");

  const clientErrors = useMemo(() => {
    const errors: Partial<Record<Field, string>> = {};
    if (!parseWallClock(from)) errors.from = t("duePreview.fromRequired");
    const value = Number(amount);
    if (amount.trim() === "" || !Number.isFinite(value) || value < 0)
      errors.amount = t("duePreview.amountInvalid");
    return errors;
  }, [from, amount, t]);

  const query = useMemo((): DueDateQuery | null => {
    const reception = parseWallClock(from);
    if (!reception || clientErrors.amount) return null;
    return { from: toVietnamIso(reception), amount: Number(amount), unit, ...(agencyId ? { agencyId } : {}) };
  }, [from, amount, unit, agencyId, clientErrors.amount]);

  const state = useDuePreview(query);
  const serverErrors = state.status === "error" ? fieldErrors(state.error) : {};
  const errorFor = (field: Field) => clientErrors[field] ?? serverErrors[field];
  // A failure the inputs' own messages do not explain is told above the result.
  const explained = (["from", "amount", "unit", "agencyId"] as const).some((f) => serverErrors[f]);

  const agencyOptions = useMemo(
    () => agencySelectData(agencies, { value: "", label: t("duePreview.nationalCalendar") }, t),
    [agencies, t],
  );

  return (
    <Paper
      component="section"
      aria-labelledby="due-preview-title"
      withBorder
      p={{ base: "md", sm: "xl" }}
      mb="xl"
      data-testid="due-preview"
      style={{ borderTop: "4px solid var(--mantine-color-brand-7)" }}
    >
      <Title order={2} id="due-preview-title" fz={{ base: "1.375rem", sm: "1.625rem" }} mb={4}>
        {t("duePreview.title")}
      </Title>
      <Text c="gray.7" mb="md">
        {t("duePreview.intro")}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
        <TextInput
          type="datetime-local"
          label={t("duePreview.from")}
          value={from}
          onChange={(event) => setFrom(event.currentTarget.value)}
          error={errorFor("from")}
          required
          data-testid="due-preview-from"
        />
        <TextInput
          type="number"
          inputMode="decimal"
          min={0}
          max={3650}
          label={t("duePreview.amount")}
          value={amount}
          onChange={(event) => setAmount(event.currentTarget.value)}
          error={errorFor("amount")}
          required
          data-testid="due-preview-amount"
        />
        <NativeSelect
          label={t("duePreview.unit")}
          value={unit}
          onChange={(event) => setUnit(DurationUnit.parse(event.currentTarget.value))}
          error={errorFor("unit")}
          data={DurationUnit.options.map((value) => ({ value, label: t(`duePreview.units.${value}`) }))}
          data-testid="due-preview-unit"
        />
        <NativeSelect
          label={t("duePreview.agency")}
          value={agencyId}
          onChange={(event) => setAgencyId(event.currentTarget.value)}
          error={errorFor("agencyId")}
          data={agencyOptions}
          data-testid="due-preview-agency"
        />
      </SimpleGrid>
      <Box mt="lg">
        {state.status === "error" && !explained ? (
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
