import { Checkbox, Collapse, Radio, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  LATE_ENTRY_KINDS,
  LATE_ENTRY_MAX_DAYS,
  type LateEntryKind,
} from "../../../domain/dossier/late-entry.ts";
import { fieldId } from "./field-ids.ts";
import type { ReceptionDraft } from "./reception-draft.ts";
import { Section } from "./Section.tsx";

/**
 * SEC-4 / REC-6: a dossier received on paper while the system was down, or off-site (mobile
 * reception, on-site inspection), entered afterwards with the real reception time and the reason.
 * Closed by default: a dossier entered as it is received needs none of it.
 */
export function LateEntrySection({
  value,
  errors,
  onChange,
}: {
  value: ReceptionDraft["lateEntry"];
  errors: Record<string, string>;
  onChange: (lateEntry: ReceptionDraft["lateEntry"]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Section id="reception-late-entry-title" title={t("counterReception.lateEntry.title")} numbered={false}>
      <Checkbox
        label={t("counterReception.lateEntry.toggle")}
        description={t("counterReception.lateEntry.hint", { days: LATE_ENTRY_MAX_DAYS })}
        checked={value.open}
        onChange={(event) => onChange({ ...value, open: event.currentTarget.checked })}
        aria-controls="reception-late-entry-fields"
        aria-expanded={value.open}
        data-testid="reception-late-entry-toggle"
      />
      <Collapse expanded={value.open} keepMounted={false} id="reception-late-entry-fields">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" mt="md">
          <TextInput
            type="datetime-local"
            id={fieldId("lateEntry.receivedAt")}
            label={t("counterReception.lateEntry.receivedAt")}
            description={t("counterReception.lateEntry.receivedAtHint")}
            required
            value={value.receivedAt}
            onChange={(event) => onChange({ ...value, receivedAt: event.currentTarget.value })}
            error={errors["lateEntry.receivedAt"]}
            data-testid="reception-late-entry-received-at"
          />
          <Radio.Group
            id={fieldId("lateEntry.kind")}
            label={t("counterReception.lateEntry.kind")}
            required
            value={value.kind}
            onChange={(kind) => onChange({ ...value, kind: kind as LateEntryKind })}
            error={errors["lateEntry.kind"]}
          >
            <Stack gap="xs" mt={4}>
              {LATE_ENTRY_KINDS.map((kind) => (
                <Radio
                  key={kind}
                  value={kind}
                  label={t(`counterReception.lateEntry.kinds.${kind}`)}
                  data-testid={`reception-late-entry-${kind}`}
                />
              ))}
            </Stack>
          </Radio.Group>
        </SimpleGrid>
      </Collapse>
    </Section>
  );
}
