import { Alert, Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { AgencyLevel, type PublicAgency } from "../../../contracts/agencies.ts";
import { adminAgenciesApi } from "../../api-client/admin-agencies.ts";
import { ApiError } from "../../api-client/client.ts";
import { errorText } from "../../api-client/error-text.ts";
import { fieldErrors } from "../../api-client/field-errors.ts";
import { AgencyPicker } from "../../components/AgencyPicker.tsx";
import { type AgencyTree, subtreeIds } from "../../lib/agency-tree.ts";
import { levelOrder } from "../../portal/agency-groups.ts";

/** Adding under `parent`, or editing `agency`. */
export type AgencyEdit =
  | { mode: "add"; parent: PublicAgency | null }
  | { mode: "edit"; agency: PublicAgency };

const CODE = /^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9A-Z]{2}$/;
const PHONE = /^[0-9 +().-]{6,20}$/;

/** Server codes that concern one field. */
const fieldOfCode: Record<string, string> = {
  AGENCY_CODE_TAKEN: "code",
  AGENCY_CYCLE: "parentId",
  AGENCY_PARENT_UNKNOWN: "parentId",
};

/** What a new agency under `parent` most likely is. */
function childLevel(parent: PublicAgency | null): AgencyLevel {
  if (!parent) return "province";
  if (parent.level === "province") return "department";
  if (parent.level === "district") return "commune";
  return "unit";
}

interface Props {
  edit: AgencyEdit | null;
  tree: AgencyTree | null;
  onClose: () => void;
  onSaved: (agency: PublicAgency, mode: "add" | "edit") => void;
}

export function AgencyFormModal({ edit, tree, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const title =
    edit?.mode === "edit"
      ? t("agencies.form.editTitle", { name: edit.agency.name })
      : edit?.parent
        ? t("agencies.form.addTitle", { parent: edit.parent.name })
        : t("agencies.form.addRootTitle");
  return (
    <Modal
      opened={edit !== null}
      onClose={onClose}
      title={title}
      size="lg"
      centered
      closeButtonProps={{ "aria-label": t("admin.close") }}
    >
      {edit && (
        <AgencyForm
          key={edit.mode === "edit" ? edit.agency.id : `add-${edit.parent?.id}`}
          edit={edit}
          tree={tree}
          onClose={onClose}
          onSaved={onSaved}
        />
      )}
    </Modal>
  );
}

function AgencyForm({ edit, tree, onClose, onSaved }: Props & { edit: AgencyEdit }) {
  const { t } = useTranslation();
  const initial = edit.mode === "edit" ? edit.agency : null;
  const [parentId, setParentId] = useState<string | null>(
    edit.mode === "edit" ? edit.agency.parentId : (edit.parent?.id ?? null),
  );
  const [code, setCode] = useState(initial?.code ?? "");
  const [name, setName] = useState(initial?.name ?? "");
  const [level, setLevel] = useState<AgencyLevel>(
    initial?.level ?? childLevel(edit.mode === "add" ? edit.parent : null),
  );
  const [address, setAddress] = useState(initial?.address ?? "");
  const [dutyName, setDutyName] = useState(initial?.dutyOfficerName ?? "");
  const [dutyPhone, setDutyPhone] = useState(initial?.dutyOfficerPhone ?? "");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  // An agency cannot sit under itself or one of its own units (the server says AGENCY_CYCLE).
  const excluded = useMemo(
    () => (edit.mode === "edit" && tree ? subtreeIds(tree, edit.agency.id) : undefined),
    [edit, tree],
  );

  function validate(): Record<string, string> {
    const found: Record<string, string> = {};
    if (!CODE.test(code.trim().toUpperCase())) found.code = t("agencies.form.codeInvalid");
    if (name.trim() === "") found.name = t("agencies.form.nameRequired");
    if (level === "district") found.level = t("agencies.form.districtGone");
    if (dutyPhone.trim() !== "" && !PHONE.test(dutyPhone.trim()))
      found.dutyOfficerPhone = t("agencies.form.phoneInvalid");
    return found;
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0 || level === "district") return;
    const body = {
      parentId,
      code: code.trim().toUpperCase(),
      name: name.trim(),
      level,
      address: address.trim(),
      dutyOfficerName: dutyName.trim() || null,
      dutyOfficerPhone: dutyPhone.trim() || null,
    };
    setSaving(true);
    try {
      const saved =
        edit.mode === "edit"
          ? await adminAgenciesApi.update(edit.agency.id, body)
          : await adminAgenciesApi.create(body);
      onSaved(saved, edit.mode);
    } catch (error) {
      setSaving(false);
      setFailure(error);
      const byField = fieldErrors(error);
      const field = error instanceof ApiError ? fieldOfCode[error.code] : undefined;
      if (field && error instanceof ApiError) byField[field] ??= error.problem.detail;
      setErrors(byField);
    }
  }

  return (
    <form noValidate onSubmit={onSubmit} data-testid="agency-form" data-mode={edit.mode}>
      <Stack gap="md">
        {failure !== null && (
          <Alert color="red" title={t("agencies.form.failed")} data-testid="agency-form-error">
            <Text fz="sm">{errorText(failure, t)}</Text>
          </Alert>
        )}
        <AgencyPicker
          tree={tree}
          label={t("agencies.fields.parent")}
          description={t("agencies.form.parentHint")}
          placeholder={t("agencies.form.noParent")}
          value={parentId}
          onChange={setParentId}
          exclude={excluded}
          clearable
          error={errors.parentId}
          data-testid="agency-form-parent"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t("agencies.fields.code")}
            description={t("agencies.form.codeHint")}
            value={code}
            onChange={(event) => setCode(event.currentTarget.value.toUpperCase())}
            required
            maxLength={13}
            spellCheck={false}
            autoCapitalize="characters"
            styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
            error={errors.code}
            data-autofocus
            data-testid="agency-form-code"
          />
          <NativeSelect
            label={t("agencies.fields.level")}
            value={level}
            onChange={(event) => setLevel(AgencyLevel.parse(event.currentTarget.value))}
            data={levelOrder
              .filter((value) => value !== "district" || value === initial?.level)
              .map((value) => ({ value, label: t(`directory.levels.${value}`) }))}
            required
            error={errors.level}
            data-testid="agency-form-level"
          />
        </SimpleGrid>
        <TextInput
          label={t("agencies.fields.name")}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          required
          maxLength={300}
          error={errors.name}
          data-testid="agency-form-name"
        />
        <TextInput
          label={t("agencies.fields.address")}
          value={address}
          onChange={(event) => setAddress(event.currentTarget.value)}
          maxLength={500}
          error={errors.address}
          data-testid="agency-form-address"
        />
        <Text fw={600} fz="sm" mb={-8}>
          {t("agencies.form.dutyTitle")}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t("agencies.form.dutyName")}
            value={dutyName}
            onChange={(event) => setDutyName(event.currentTarget.value)}
            maxLength={200}
            error={errors.dutyOfficerName}
            data-testid="agency-form-duty-name"
          />
          <TextInput
            type="tel"
            label={t("agencies.form.dutyPhone")}
            value={dutyPhone}
            onChange={(event) => setDutyPhone(event.currentTarget.value)}
            maxLength={20}
            error={errors.dutyOfficerPhone}
            data-testid="agency-form-duty-phone"
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={saving}>
            {t("admin.cancel")}
          </Button>
          <Button type="submit" loading={saving} data-testid="agency-form-save">
            {t("agencies.form.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
