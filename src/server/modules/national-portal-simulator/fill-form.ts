import type { AddressValue } from "../../../domain/forms/address.ts";
import { resolveDateBound } from "../../../domain/forms/date-bounds.ts";
import type { Condition, FormDefinition, FormField, SubField } from "../../../domain/forms/definition.ts";
import { compilePattern } from "../../../domain/forms/patterns.ts";
import { decodeIdNumber } from "../../../domain/forms/vn-identifiers.ts";

/** The applicant whose data pre-filled fields take (REC-5). */
export interface FormApplicant {
  readonly name: string;
  readonly idNumber: string;
  readonly phone: string;
  readonly email: string;
}

type Values = Record<string, unknown>;

/** A Thanh Hóa address of the demo directory (province 38, commune 38001). */
const DEMO_ADDRESS: AddressValue = { provinceCode: "38", communeCode: "38001", street: "Số 1 đường Lê Lợi" };
const OTHER_PERSON = "Nguyễn Thị Mai";

/**
 * REC-10: the e-form data a citizen would have typed on the portal, for the simulator's
 * submissions: every required field that is visible gets a plausible value (the applicant's own
 * data where the field pre-fills from the e-ID), optional fields stay empty, so conditions on
 * unticked boxes keep their fields hidden. The result passes motcua's `validateSubmission` for the
 * demo forms (fill-form.test.ts proves it).
 */
export function fillForm(definition: FormDefinition, applicant: FormApplicant, today: string): Values {
  const values: Values = {};
  const topFields = new Map<string, FormField>(
    definition.sections.flatMap((s) => s.fields.map((f) => [f.key, f])),
  );
  const filler = new Filler(applicant, today);
  for (const section of definition.sections) {
    if (!holds(section.visibleWhen, values, values, topFields)) continue;
    for (const field of section.fields) {
      if (!field.required || !holds(field.visibleWhen, values, values, topFields)) continue;
      if (field.type === "group") {
        const count = Math.max(field.minItems ?? 1, 1);
        values[field.key] = Array.from({ length: count }, () => {
          const item: Values = {};
          const siblings = new Map<string, FormField>(field.fields.map((f) => [f.key, f]));
          for (const sub of field.fields) {
            if (sub.required && holds(sub.visibleWhen, item, values, new Map([...topFields, ...siblings]))) {
              item[sub.key] = filler.valueOf(sub, item, values);
            }
          }
          return item;
        });
      } else {
        values[field.key] = filler.valueOf(field, values, values);
      }
    }
  }
  return values;
}

/** Whether a condition holds on the values so far (an unticked box counts as false). */
function holds(
  condition: Condition | undefined,
  scope: Values,
  top: Values,
  fields: Map<string, FormField>,
): boolean {
  if (!condition) return true;
  const value =
    scope[condition.field] ??
    top[condition.field] ??
    (fields.get(condition.field)?.type === "checkbox" ? false : undefined);
  if (condition.notEmpty) return value !== undefined && value !== "";
  if (condition.equals !== undefined) return value === condition.equals;
  return (condition.in ?? []).some((v) => v === value);
}

class Filler {
  private people = 0;

  constructor(
    private readonly applicant: FormApplicant,
    private readonly today: string,
  ) {}

  valueOf(field: SubField, scope: Values, top: Values): unknown {
    switch (field.type) {
      case "text":
        return this.text(field);
      case "textarea":
        return `Nội dung minh họa cho mục “${field.label}”.`.slice(0, field.maxLength ?? 10_000);
      case "number": {
        const low = field.min ?? 1;
        return field.max !== undefined && field.max < low ? field.max : Math.ceil(low);
      }
      case "date":
        return this.date(field.min, field.max, field.prefill === "birthDate");
      case "select":
      case "radio":
        return field.options[0]?.value;
      case "checkbox":
        return true;
      case "email":
        return field.prefill === "email" ? this.applicant.email : "nguoidan@example.vn";
      case "phone":
        if (field.kinds && !field.kinds.includes("mobile")) return "02373852111";
        return field.prefill === "phone" ? this.applicant.phone : "0912000111";
      case "idNumber":
        return this.idNumber(field, scope, top);
      case "address":
        return DEMO_ADDRESS;
    }
  }

  private text(field: Extract<SubField, { type: "text" }>): string {
    if (field.prefill === "fullName") return this.applicant.name;
    if (field.prefill === "identityNumber") return this.applicant.idNumber;
    const max = field.maxLength ?? 200;
    if (field.pattern) {
      const pattern = compilePattern(field.pattern.regex);
      const example = /ví dụ:?\s*(.+?)\.?$/.exec(field.pattern.message)?.[1] ?? "";
      const fits = [example, "1234", "12", "1"].find((c) => c.length <= max && pattern?.test(c));
      if (fits) return fits;
    }
    const base = field.key.startsWith("hoTen") ? OTHER_PERSON : `Nội dung minh họa: ${field.label}`;
    return base.padEnd(field.minLength ?? 0, ".").slice(0, max);
  }

  /**
   * Thirty years before today, or for the applicant's birth date a day of the year their ID
   * number encodes, moved inside the field's bounds.
   */
  private date(min: string | undefined, max: string | undefined, applicantBirth: boolean): string {
    const year = applicantBirth ? decodeIdNumber(this.applicant.idNumber)?.birthYear : undefined;
    let value = year ? `${year}-06-15` : (resolveDateBound("today-30y", this.today) ?? this.today);
    const upper = max ? resolveDateBound(max, this.today) : undefined;
    const lower = min ? resolveDateBound(min, this.today) : undefined;
    if (upper && value > upper) value = upper;
    if (lower && value < lower) value = lower;
    return value;
  }

  /** The applicant's own number, or a CCCD whose year matches the person's date of birth. */
  private idNumber(field: Extract<SubField, { type: "idNumber" }>, scope: Values, top: Values): string {
    if (field.prefill === "identityNumber") return this.applicant.idNumber;
    if (field.accept && !field.accept.includes("cccd")) return "038123456";
    const born = field.birthDateField
      ? (scope[field.birthDateField] ?? top[field.birthDateField])
      : undefined;
    const year = typeof born === "string" ? Number(born.slice(0, 4)) : 1990;
    const century = (Math.floor(year / 100) - 19) * 2;
    this.people += 1;
    return `038${century}${String(year % 100).padStart(2, "0")}${String(100_000 + this.people).slice(-6)}`;
  }
}
