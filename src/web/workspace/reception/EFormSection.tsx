import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PublishedForm } from "../../../contracts/forms.ts";
import type { Issue } from "../../../domain/forms/issues.ts";
import type { SubmissionResult } from "../../../domain/forms/validate-submission.ts";
import { FormRenderer } from "../../forms/FormRenderer.tsx";
import { isoDate, vietnamWallClock } from "../../lib/wall-clock.ts";
import { Section } from "./Section.tsx";

/** 3. The procedure's e-form, typed in from the applicant's paper form and checked as online submissions are. */
export function EFormSection({
  form,
  value,
  showAllErrors,
  serverIssues,
  onChange,
  onResult,
}: {
  form: PublishedForm;
  value: Record<string, unknown>;
  showAllErrors: boolean;
  serverIssues: readonly Issue[];
  onChange: (value: Record<string, unknown>) => void;
  onResult: (result: SubmissionResult) => void;
}) {
  const { t } = useTranslation();
  return (
    <Section
      id="reception-form-title"
      title={t("counterReception.formSection")}
      hint={t("counterReception.formHint")}
    >
      <Text fw={700} mb="md">
        {form.definition.title}
      </Text>
      <FormRenderer
        definition={form.definition}
        value={value}
        onChange={onChange}
        today={isoDate(vietnamWallClock(Date.now()))}
        showAllErrors={showAllErrors}
        serverIssues={serverIssues}
        onResult={onResult}
        idPrefix="reception-eform"
      />
    </Section>
  );
}
