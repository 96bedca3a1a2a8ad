import { Alert, Select, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PublicProcedure } from "../../../contracts/catalog.ts";
import { errorText } from "../../api-client/error-text.ts";
import { durationText } from "../../portal/catalog/format.ts";
import { fieldId } from "./field-ids.ts";
import { ProcedurePicker } from "./ProcedurePicker.tsx";
import { Section } from "./Section.tsx";

/** 1. The procedure (from the published catalog) and the agency that handles it, whose code starts the dossier code. */
export function ProcedureSection({
  procedureId,
  procedure,
  loadError,
  agencyId,
  errors,
  onProcedure,
  onAgency,
}: {
  procedureId: string | null;
  procedure: PublicProcedure | null;
  loadError: unknown;
  agencyId: string | null;
  errors: Record<string, string>;
  onProcedure: (procedureId: string | null) => void;
  onAgency: (agencyId: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <Section id="reception-procedure-title" title={t("counterReception.procedureSection")}>
      <Stack gap="md">
        <ProcedurePicker value={procedureId} onChange={onProcedure} error={errors.procedureId} />
        {loadError !== null && (
          <Alert color="red" title={t("counterReception.procedureLoadError")}>
            {errorText(loadError, t)}
          </Alert>
        )}
        {procedure && (
          <>
            <Text fz="sm" c="gray.8" data-testid="reception-processing-time">
              {t("counterReception.processingTime", {
                time: durationText(procedure.processingTime, t, procedure.sameDayCutoff),
              })}
            </Text>
            <Select
              id={fieldId("agencyId")}
              label={t("counterReception.agency")}
              description={t("counterReception.agencyHint")}
              required
              data={procedure.agencies.map((a) => ({ value: a.id, label: `${a.name} (${a.code})` }))}
              value={agencyId}
              onChange={onAgency}
              error={errors.agencyId}
              allowDeselect={false}
              data-testid="reception-agency"
            />
          </>
        )}
      </Stack>
    </Section>
  );
}
