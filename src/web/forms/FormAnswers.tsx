import "./renderer.css";
import { Box, Text } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { type AddressDirectory, indexDirectory } from "../../domain/forms/address.ts";
import { vietnameseDate } from "../../domain/forms/date-bounds.ts";
import type { FormSection, SubField } from "../../domain/forms/definition.ts";

/**
 * The answers of one section of the e-form as the applicant reads them back before sending
 * ("check your answers"): a label and its value per field filled in, each item of a repeatable
 * group titled with its number. `values`: the checked values (validateSubmission's), so hidden
 * fields are already left out.
 */
export function FormAnswers({
  section,
  values,
  directory,
}: {
  section: FormSection;
  values: Readonly<Record<string, unknown>>;
  directory: AddressDirectory | undefined;
}) {
  const { t } = useTranslation();
  const rows = section.fields.flatMap((field) => {
    if (field.type !== "group")
      return [{ label: field.label, text: answerText(field, values[field.key], t, directory) }];
    const items = Array.isArray(values[field.key]) ? (values[field.key] as Record<string, unknown>[]) : [];
    return items.flatMap((item, i) =>
      field.fields.map((sub) => ({
        label: `${t("formRenderer.itemTitle", { item: field.itemLabel ?? field.label, n: i + 1 })} · ${sub.label}`,
        text: answerText(sub, item[sub.key], t, directory),
      })),
    );
  });
  const filled = rows.filter((row) => row.text !== null);
  if (filled.length === 0) return <Text c="gray.7">{t("formRenderer.noAnswers")}</Text>;
  return (
    <Box component="dl" className="mc-answers" m={0}>
      {filled.map((row) => (
        <Box key={row.label} className="mc-answer">
          <Text component="dt" fz="sm" c="gray.7">
            {row.label}
          </Text>
          <Text component="dd" m={0} fw={600} className="mc-break">
            {row.text}
          </Text>
        </Box>
      ))}
    </Box>
  );
}

/** One value in words; null when nothing was given. */
export function answerText(
  field: SubField,
  raw: unknown,
  t: TFunction,
  directory: AddressDirectory | undefined,
): string | null {
  if (raw === undefined || raw === null || raw === "") return null;
  switch (field.type) {
    case "checkbox":
      return raw === true ? t("formRenderer.yes") : t("formRenderer.no");
    case "select":
    case "radio":
      return field.options.find((o) => o.value === raw)?.label ?? String(raw);
    case "date":
      return typeof raw === "string" ? vietnameseDate(raw) : String(raw);
    case "number":
      return `${new Intl.NumberFormat("vi-VN").format(Number(raw))}${field.unit ? ` ${field.unit}` : ""}`;
    case "address":
      return addressText(raw as Record<string, unknown>, directory);
    default:
      return String(raw);
  }
}

function addressText(raw: Record<string, unknown>, directory: AddressDirectory | undefined): string {
  const index = directory ? indexDirectory(directory) : null;
  const province = String(raw.provinceCode ?? "");
  const commune = String(raw.communeCode ?? "");
  return [
    raw.street ? String(raw.street) : null,
    index?.commune(commune)?.name ?? commune,
    index?.province(province)?.name ?? province,
  ]
    .filter((part) => part)
    .join(", ");
}
