import { Checkbox, NativeSelect, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DossierCommandType, DossierView, StoredFileInfo } from "../../../contracts/dossiers.ts";
import { AssigneeField } from "./AssigneeField.tsx";
import {
  type CommandField as Field,
  type FieldValue,
  openConsultations,
  stepOptions,
} from "./command-fields.ts";
import { FileField } from "./FileField.tsx";

interface Props {
  view: DossierView;
  command: DossierCommandType;
  field: Field;
  value: FieldValue | undefined;
  error: string | undefined;
  onChange: (value: FieldValue) => void;
}

/** One input of a command's form, by the field's kind. */
export function CommandField({ view, command, field, value, error, onChange }: Props) {
  const { t } = useTranslation();
  const common = {
    label: t(`dossierCommand.fields.${field.name}` as "dossierCommand.fields.reason"),
    required: field.required,
    error,
    "data-testid": `command-field-${field.name}`,
  };
  const text = typeof value === "string" ? value : "";
  const onText = (event: { currentTarget: { value: string } }) => onChange(event.currentTarget.value);
  const choose = (options: { value: string; label: string }[]) => (
    <NativeSelect
      {...common}
      value={text}
      onChange={onText}
      data={[
        { value: "", label: field.required ? t("dossierCommand.choose") : t("dossierCommand.byWorkflow") },
        ...options,
      ]}
    />
  );

  switch (field.kind) {
    case "longText":
      return <Textarea {...common} value={text} onChange={onText} autosize minRows={3} />;
    case "lines":
    case "codes":
      return (
        <Textarea
          {...common}
          value={text}
          onChange={onText}
          autosize
          minRows={3}
          description={t(`dossierCommand.hints.${field.kind}`)}
        />
      );
    case "file":
    case "files":
      return (
        <FileField
          {...common}
          multiple={field.kind === "files"}
          files={Array.isArray(value) ? (value as readonly StoredFileInfo[]) : []}
          onChange={onChange}
        />
      );
    case "flag":
      return (
        <Checkbox
          {...common}
          checked={value === true}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
      );
    case "choice":
      return choose(
        field.options.map((option) => ({
          value: option,
          label: t(`dossierCommand.options.${option}` as "dossierCommand.options.fees"),
        })),
      );
    case "step": {
      const steps = stepOptions(view, command);
      if (steps.length === 0) return null;
      return choose(
        steps.map((step) => ({ value: String(step.index), label: `${step.index + 1}. ${step.name}` })),
      );
    }
    case "consultation":
      return choose(
        openConsultations(view).map((item) => ({ value: item.id, label: `${item.toName}: ${item.subject}` })),
      );
    case "dateTime":
      return <TextInput {...common} type="datetime-local" value={text} onChange={onText} />;
    case "money":
      return (
        <TextInput
          {...common}
          type="number"
          min={0}
          step={1000}
          value={text}
          onChange={onText}
          rightSection="đ"
        />
      );
    case "officer":
      return <AssigneeField {...common} dossierId={view.id} value={text} onChange={onText} />;
    default:
      return <TextInput {...common} value={text} onChange={onText} />;
  }
}
