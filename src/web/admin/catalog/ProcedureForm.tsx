import {
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NativeSelect,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { DurationUnit } from "../../../contracts/calendar.ts";
import {
  ApplicantType,
  OFFERED_PROCEDURE_LEVELS,
  ProcedureLevel,
  ServiceLevel,
} from "../../../contracts/catalog.ts";
import { catalogApi } from "../../api-client/catalog.ts";
import { errorUnder } from "../../api-client/field-errors.ts";
import { useFetched } from "../../lib/useFetched.ts";
import { useAgencies } from "../../portal/useAgencies.ts";
import { DecimalInput } from "../workflows/DecimalInput.tsx";
import type { DraftInput } from "./draft.ts";
import { ListEditor } from "./ListEditor.tsx";

type Fee = NonNullable<DraftInput["fees"]>[number];
type Component = NonNullable<DraftInput["components"]>[number];
type LegalDocument = NonNullable<DraftInput["legalBasis"]>[number];

/**
 * The content of a procedure version as a form (CFG-1): the main fields, the papers to prepare,
 * fees, steps, requirements and legal basis. `errors` are by path (`fees.0.amount`), from the
 * browser's check with the contract and from the server's answer.
 */
export function ProcedureForm({
  value,
  onChange,
  errors,
  readOnly = false,
  before,
}: {
  value: DraftInput;
  onChange: (value: DraftInput) => void;
  errors: Record<string, string>;
  readOnly?: boolean;
  /** Fields shown first (the national code of a new procedure). */
  before?: ReactNode;
}) {
  const { t } = useTranslation();
  const { state: agencies } = useAgencies();
  const fields = useFetched("fields", (signal) => catalogApi.fields(signal));
  const set = <K extends keyof DraftInput>(key: K, next: DraftInput[K]) =>
    onChange({ ...value, [key]: next });
  const err = (path: string) => errorUnder(errors, path);
  const agencyOptions =
    agencies.status === "ready"
      ? agencies.agencies
          .filter((a) => a.level !== "unit")
          .sort((a, b) => a.name.localeCompare(b.name, "vi"))
          .map((a) => ({ value: a.id, label: `${a.name} (${a.code})` }))
      : [];
  const cutoff = value.sameDayCutoff ?? null;

  return (
    <Stack gap="md" data-testid="procedure-form">
      <Section title={t("adminCatalog.form.general")}>
        {before}
        <Textarea
          label={t("adminCatalog.form.name")}
          value={value.name}
          onChange={(e) => set("name", e.currentTarget.value)}
          error={err("name")}
          autosize
          minRows={2}
          required
          readOnly={readOnly}
          data-testid="procedure-form-name"
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label={t("adminCatalog.form.pickField")}
            placeholder={t("adminCatalog.form.pickFieldPlaceholder")}
            data={(fields.data?.fields ?? []).map((f) => ({ value: f.code, label: f.name }))}
            value={null}
            onChange={(code) => {
              const field = fields.data?.fields.find((f) => f.code === code);
              if (field) set("field", { code: field.code, name: field.name });
            }}
            searchable
            disabled={readOnly}
          />
          <TextInput
            label={t("adminCatalog.form.fieldCode")}
            value={value.field.code}
            onChange={(e) => set("field", { ...value.field, code: e.currentTarget.value })}
            error={err("field.code")}
            required
            readOnly={readOnly}
          />
          <TextInput
            label={t("adminCatalog.form.fieldName")}
            value={value.field.name}
            onChange={(e) => set("field", { ...value.field, name: e.currentTarget.value })}
            error={err("field.name")}
            required
            readOnly={readOnly}
          />
        </SimpleGrid>
        <Radio.Group
          label={t("adminCatalog.form.serviceLevel")}
          value={value.serviceLevel}
          onChange={(v) => set("serviceLevel", ServiceLevel.parse(v))}
          error={err("serviceLevel")}
        >
          <Group gap="lg" mt={4}>
            {ServiceLevel.options.map((level) => (
              <Radio
                key={level}
                value={level}
                label={t(`catalog.serviceLevel.${level}`)}
                disabled={readOnly}
              />
            ))}
          </Group>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Checkbox.Group
            label={t("adminCatalog.form.applicantTypes")}
            value={value.applicantTypes}
            onChange={(v) =>
              set(
                "applicantTypes",
                v.map((x) => ApplicantType.parse(x)),
              )
            }
            error={err("applicantTypes")}
          >
            <Group gap="lg" mt={4}>
              {ApplicantType.options.map((type) => (
                <Checkbox
                  key={type}
                  value={type}
                  label={t(`catalog.applicantType.${type}`)}
                  disabled={readOnly}
                />
              ))}
            </Group>
          </Checkbox.Group>
          <Checkbox.Group
            label={t("adminCatalog.form.levels")}
            value={value.levels}
            onChange={(v) =>
              set(
                "levels",
                v.map((x) => ProcedureLevel.parse(x)),
              )
            }
            error={err("levels")}
          >
            <Group gap="lg" mt={4}>
              {ProcedureLevel.options
                .filter((level) => offeredOrKept(level, value.levels))
                .map((level) => (
                  <Checkbox
                    key={level}
                    value={level}
                    label={t(`catalog.level.${level}`)}
                    disabled={readOnly}
                  />
                ))}
            </Group>
          </Checkbox.Group>
        </SimpleGrid>
        <MultiSelect
          label={t("adminCatalog.form.agencies")}
          description={t("adminCatalog.form.agenciesHint")}
          data={agencyOptions}
          value={value.agencyIds}
          onChange={(ids) => set("agencyIds", ids)}
          error={err("agencyIds")}
          searchable
          clearable={!readOnly}
          readOnly={readOnly}
          required
          data-testid="procedure-form-agencies"
        />
      </Section>

      <Section title={t("adminCatalog.form.time")}>
        <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm">
          <DecimalInput
            label={t("adminCatalog.form.amount")}
            value={value.processingTime.amount}
            onValue={(amount) => set("processingTime", { ...value.processingTime, amount })}
            error={err("processingTime.amount")}
            required
            readOnly={readOnly}
            data-testid="procedure-form-amount"
          />
          <NativeSelect
            label={t("adminCatalog.form.unit")}
            value={value.processingTime.unit}
            data={DurationUnit.options.map((u) => ({ value: u, label: t(`duePreview.units.${u}`) }))}
            onChange={(e) =>
              set("processingTime", {
                ...value.processingTime,
                unit: DurationUnit.parse(e.currentTarget.value),
              })
            }
            error={err("processingTime.unit")}
            disabled={readOnly}
          />
          <TextInput
            type="time"
            label={t("adminCatalog.form.cutoff")}
            description={t("adminCatalog.form.cutoffHint")}
            value={cutoff ?? ""}
            onChange={(e) => set("sameDayCutoff", e.currentTarget.value || null)}
            error={err("sameDayCutoff")}
            readOnly={readOnly}
          />
          <DecimalInput
            label={t("adminCatalog.form.supplementLimit")}
            description={t("adminCatalog.form.supplementLimitHint")}
            value={value.supplementLimitDays ?? 3}
            onValue={(days) => set("supplementLimitDays", days)}
            error={err("supplementLimitDays")}
            readOnly={readOnly}
          />
        </SimpleGrid>
      </Section>

      <Section title={t("adminCatalog.form.components")}>
        <ListEditor<Component>
          items={value.components ?? []}
          onChange={(items) => set("components", items)}
          readOnly={readOnly}
          error={errors.components}
          addLabel={t("adminCatalog.form.addComponent")}
          newItem={() => ({
            name: "",
            required: true,
            originals: 1,
            certifiedCopies: 0,
            photocopies: 0,
            template: null,
          })}
          render={(item, i, update) => (
            <Stack gap="xs">
              <Textarea
                label={t("adminCatalog.form.componentName")}
                value={item.name}
                onChange={(e) => update({ ...item, name: e.currentTarget.value })}
                error={err(`components.${i}.name`)}
                autosize
                minRows={1}
                readOnly={readOnly}
              />
              <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
                <Checkbox
                  mt={{ base: 0, sm: 28 }}
                  label={t("adminCatalog.form.required")}
                  checked={item.required}
                  onChange={(e) => update({ ...item, required: e.currentTarget.checked })}
                  disabled={readOnly}
                />
                {(["originals", "certifiedCopies", "photocopies"] as const).map((kind) => (
                  <DecimalInput
                    key={kind}
                    label={t(`procedure.components.${kind}`)}
                    value={item[kind]}
                    onValue={(n) => update({ ...item, [kind]: n })}
                    error={err(`components.${i}.${kind}`)}
                    readOnly={readOnly}
                  />
                ))}
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                <TextInput
                  label={t("adminCatalog.form.templateName")}
                  value={item.template?.fileName ?? ""}
                  onChange={(e) =>
                    update({ ...item, template: templateOf(e.currentTarget.value, item.template?.url ?? "") })
                  }
                  error={err(`components.${i}.template.fileName`)}
                  readOnly={readOnly}
                />
                <TextInput
                  label={t("adminCatalog.form.templateUrl")}
                  placeholder="/templates/… hoặc https://…"
                  value={item.template?.url ?? ""}
                  onChange={(e) =>
                    update({
                      ...item,
                      template: templateOf(item.template?.fileName ?? "", e.currentTarget.value),
                    })
                  }
                  error={err(`components.${i}.template.url`) ?? err(`components.${i}.template`)}
                  readOnly={readOnly}
                />
              </SimpleGrid>
            </Stack>
          )}
        />
      </Section>

      <Section title={t("adminCatalog.form.fees")}>
        <ListEditor<Fee>
          items={value.fees ?? []}
          onChange={(items) => set("fees", items)}
          readOnly={readOnly}
          error={errors.fees}
          addLabel={t("adminCatalog.form.addFee")}
          newItem={() => ({ kind: "charge", name: "", amount: 0, condition: "" })}
          render={(item, i, update) => (
            <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="xs">
              <NativeSelect
                label={t("procedure.fees.kind")}
                value={item.kind}
                data={[
                  { value: "fee", label: t("procedure.fees.kinds.fee") },
                  { value: "charge", label: t("procedure.fees.kinds.charge") },
                ]}
                onChange={(e) =>
                  update({ ...item, kind: e.currentTarget.value === "fee" ? "fee" : "charge" })
                }
                disabled={readOnly}
              />
              <TextInput
                label={t("procedure.fees.name")}
                value={item.name}
                onChange={(e) => update({ ...item, name: e.currentTarget.value })}
                error={err(`fees.${i}.name`)}
                readOnly={readOnly}
              />
              <DecimalInput
                label={t("adminCatalog.form.feeAmount")}
                value={item.amount}
                onValue={(amount) => update({ ...item, amount })}
                error={err(`fees.${i}.amount`)}
                readOnly={readOnly}
                data-testid={`procedure-form-fee-${i}`}
              />
              <TextInput
                label={t("procedure.fees.condition")}
                value={item.condition ?? ""}
                onChange={(e) => update({ ...item, condition: e.currentTarget.value })}
                error={err(`fees.${i}.condition`)}
                readOnly={readOnly}
              />
            </SimpleGrid>
          )}
        />
      </Section>

      <Section title={t("adminCatalog.form.steps")}>
        <TextList
          items={value.steps}
          onChange={(items) => set("steps", items)}
          readOnly={readOnly}
          prefix="steps"
          errors={errors}
          addLabel={t("adminCatalog.form.addStep")}
        />
      </Section>

      <Section title={t("adminCatalog.form.requirements")}>
        <TextList
          items={value.requirements ?? []}
          onChange={(items) => set("requirements", items)}
          readOnly={readOnly}
          prefix="requirements"
          errors={errors}
          addLabel={t("adminCatalog.form.addRequirement")}
        />
      </Section>

      <Section title={t("adminCatalog.form.legal")}>
        <ListEditor<LegalDocument>
          items={value.legalBasis ?? []}
          onChange={(items) => set("legalBasis", items)}
          readOnly={readOnly}
          error={errors.legalBasis}
          addLabel={t("adminCatalog.form.addLegal")}
          newItem={() => ({ number: "", title: "", issuedOn: null })}
          render={(item, i, update) => (
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
              <TextInput
                label={t("adminCatalog.form.legalNumber")}
                value={item.number}
                onChange={(e) => update({ ...item, number: e.currentTarget.value })}
                error={err(`legalBasis.${i}.number`)}
                readOnly={readOnly}
              />
              <TextInput
                label={t("adminCatalog.form.legalTitle")}
                value={item.title}
                onChange={(e) => update({ ...item, title: e.currentTarget.value })}
                error={err(`legalBasis.${i}.title`)}
                readOnly={readOnly}
              />
              <TextInput
                type="date"
                label={t("adminCatalog.form.legalDate")}
                value={item.issuedOn ?? ""}
                onChange={(e) => update({ ...item, issuedOn: e.currentTarget.value || null })}
                error={err(`legalBasis.${i}.issuedOn`)}
                readOnly={readOnly}
              />
            </SimpleGrid>
          )}
        />
      </Section>

      <Section title={t("adminCatalog.form.result")}>
        <TextInput
          label={t("adminCatalog.form.resultName")}
          value={value.resultName}
          onChange={(e) => set("resultName", e.currentTarget.value)}
          error={err("resultName")}
          required
          readOnly={readOnly}
        />
        <Group gap="lg">
          <Checkbox
            label={t("adminCatalog.form.electronicResult")}
            checked={value.electronicResult ?? false}
            onChange={(e) => set("electronicResult", e.currentTarget.checked)}
            disabled={readOnly}
          />
          <Checkbox
            label={t("adminCatalog.form.signature")}
            checked={value.digitalSignatureRequired ?? false}
            onChange={(e) => set("digitalSignatureRequired", e.currentTarget.checked)}
            disabled={readOnly}
          />
        </Group>
      </Section>
    </Stack>
  );
}

/** The levels offered (no district since 2025), and an old version's district level so that it reads. */
function offeredOrKept(level: ProcedureLevel, chosen: readonly ProcedureLevel[]): boolean {
  return OFFERED_PROCEDURE_LEVELS.includes(level) || chosen.includes(level);
}

function templateOf(fileName: string, url: string): { fileName: string; url: string } | null {
  return fileName === "" && url === "" ? null : { fileName, url };
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} component="fieldset" style={{ margin: 0, minWidth: 0 }}>
      <Title order={3} fz="md" component="legend" px={4}>
        {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}

/** A list of paragraphs (steps, requirements), one text box each. */
function TextList({
  items,
  onChange,
  readOnly,
  prefix,
  errors,
  addLabel,
}: {
  items: string[];
  onChange: (items: string[]) => void;
  readOnly: boolean;
  prefix: string;
  errors: Record<string, string>;
  addLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      {errors[prefix] && (
        <Text c="red.9" fz="sm">
          {errors[prefix]}
        </Text>
      )}
      {items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are identified by their place
        <Group key={i} align="flex-start" gap="xs" wrap="nowrap">
          <Text fw={700} mt={8} w={24} ta="right">
            {i + 1}.
          </Text>
          <Textarea
            flex={1}
            value={item}
            aria-label={`${addLabel.replace(/^\+\s*/, "")} ${i + 1}`}
            onChange={(e) => onChange(items.map((x, j) => (j === i ? e.currentTarget.value : x)))}
            error={errors[`${prefix}.${i}`]}
            autosize
            minRows={1}
            readOnly={readOnly}
          />
          {!readOnly && (
            <Button
              variant="subtle"
              color="red"
              size="compact-sm"
              mt={6}
              onClick={() => onChange(items.filter((_, j) => j !== i))}
              aria-label={t("adminCatalog.form.removeN", { n: i + 1 })}
            >
              ✕
            </Button>
          )}
        </Group>
      ))}
      {!readOnly && (
        <Group>
          <Button size="compact-sm" variant="light" onClick={() => onChange([...items, ""])}>
            {addLabel}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
