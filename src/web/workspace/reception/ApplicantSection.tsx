import { Radio, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { fieldId } from "./field-ids.ts";
import type { ReceptionDraft } from "./reception-draft.ts";
import { Section } from "./Section.tsx";

type Applicant = ReceptionDraft["applicant"];
const TEXT_FIELDS = ["idNumber", "phone", "email", "address"] as const;

/** 2. Who hands the dossier in: a person (CCCD) or an organization (enterprise code), and how to reach them. */
export function ApplicantSection({
  applicant,
  errors,
  onChange,
}: {
  applicant: Applicant;
  errors: Record<string, string>;
  onChange: (applicant: Applicant) => void;
}) {
  const { t } = useTranslation();
  const organization = applicant.kind === "organization";
  const label = (field: (typeof TEXT_FIELDS)[number]) =>
    t(`counterReception.applicant.${field === "idNumber" && organization ? "enterpriseCode" : field}`);

  return (
    <Section id="reception-applicant-title" title={t("counterReception.applicantSection")}>
      <Stack gap="md">
        <Radio.Group
          label={t("counterReception.applicant.kind")}
          value={applicant.kind}
          onChange={(kind) => onChange({ ...applicant, kind: kind === "organization" ? kind : "individual" })}
        >
          <Stack gap="xs" mt={4}>
            <Radio value="individual" label={t("counterReception.applicant.individual")} />
            <Radio
              value="organization"
              label={t("counterReception.applicant.organization")}
              data-testid="reception-applicant-organization"
            />
          </Stack>
        </Radio.Group>
        <TextInput
          id={fieldId("applicant.name")}
          label={t(`counterReception.applicant.${organization ? "organizationName" : "name"}`)}
          required
          value={applicant.name}
          onChange={(event) => onChange({ ...applicant, name: event.currentTarget.value })}
          error={errors["applicant.name"]}
          autoComplete="off"
          data-testid="reception-applicant-name"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {TEXT_FIELDS.map((field) => (
            <TextInput
              key={field}
              id={fieldId(`applicant.${field}`)}
              label={label(field)}
              type={field === "email" ? "email" : field === "phone" ? "tel" : "text"}
              inputMode={field === "idNumber" || field === "phone" ? "numeric" : undefined}
              value={applicant[field]}
              onChange={(event) => onChange({ ...applicant, [field]: event.currentTarget.value })}
              error={errors[`applicant.${field}`]}
              autoComplete="off"
              data-testid={`reception-applicant-${field}`}
            />
          ))}
        </SimpleGrid>
      </Stack>
    </Section>
  );
}
