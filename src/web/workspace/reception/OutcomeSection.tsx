import { Button, Radio, Stack, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { errorUnder } from "../../api-client/field-errors.ts";
import { fieldId } from "./field-ids.ts";
import { OUTCOME_KINDS, type OutcomeKind, type ReceptionDraft } from "./reception-draft.ts";
import { Section } from "./Section.tsx";

type OutcomeFields = Pick<
  ReceptionDraft,
  "outcome" | "reason" | "missingItems" | "guidance" | "competentAgency"
>;

/**
 * 6. REC-2: what the check concluded — received (Mẫu 01), incomplete (Mẫu 02, everything missing at
 * once), refused (Mẫu 03) or not this agency's (guidance) — with what each one must say.
 */
export function OutcomeSection({
  value,
  missingRequired,
  errors,
  onChange,
}: {
  value: OutcomeFields;
  /** The required papers not handed in, offered as the list of a Mẫu 02. */
  missingRequired: readonly string[];
  errors: Record<string, string>;
  onChange: (change: Partial<OutcomeFields>) => void;
}) {
  const { t } = useTranslation();
  const text = (field: "reason" | "guidance" | "competentAgency", label: string, required = true) => (
    <TextInput
      id={fieldId(`outcome.${field}`)}
      label={label}
      required={required}
      value={value[field]}
      onChange={(event) => onChange({ [field]: event.currentTarget.value })}
      error={errors[`outcome.${field}`]}
      data-testid={`reception-${field}`}
    />
  );

  return (
    <Section id="reception-outcome-title" title={t("counterReception.outcomeSection")}>
      <Stack gap="md">
        <Radio.Group
          label={t("counterReception.outcome")}
          value={value.outcome}
          onChange={(kind) => onChange({ outcome: kind as OutcomeKind })}
          required
        >
          <Stack gap="xs" mt={4}>
            {OUTCOME_KINDS.map((kind) => (
              <Radio
                key={kind}
                value={kind}
                label={t(`counterReception.outcomes.${kind}`)}
                data-testid={`reception-outcome-${kind}`}
              />
            ))}
          </Stack>
        </Radio.Group>
        {value.outcome === "refused" && text("reason", t("counterReception.refusalReason"))}
        {value.outcome === "incomplete" && (
          <>
            {text("reason", t("counterReception.reason"))}
            <Textarea
              id={fieldId("outcome.missingItems")}
              label={t("counterReception.missingItems")}
              description={t("counterReception.missingItemsHint")}
              required
              autosize
              minRows={3}
              value={value.missingItems}
              onChange={(event) => onChange({ missingItems: event.currentTarget.value })}
              error={errorUnder(errors, "outcome.missingItems")}
              data-testid="reception-missing-items"
            />
            {missingRequired.length > 0 && (
              <Button
                variant="light"
                size="sm"
                w="fit-content"
                onClick={() => onChange({ missingItems: missingRequired.join("\n") })}
              >
                {t("counterReception.fillMissing")}
              </Button>
            )}
          </>
        )}
        {value.outcome === "not_competent" && (
          <>
            {text("guidance", t("counterReception.guidance"))}
            {text("competentAgency", t("counterReception.competentAgency"), false)}
          </>
        )}
      </Stack>
    </Section>
  );
}
