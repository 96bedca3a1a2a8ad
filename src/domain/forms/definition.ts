import { z } from "zod";

/**
 * The interactive e-form of a procedure (biểu mẫu điện tử tương tác, CFG-2; seed 003 Art. 22):
 * a JSON document that the portal and the counter render, and that the same pure functions check
 * in the browser and on the server (validate-definition.ts, validate-submission.ts).
 *
 * Shape of the data a form collects: one object keyed by the top-level field keys of every
 * section (sections only group fields on screen); an address is `{provinceCode, communeCode,
 * street}`; a repeatable group is an array of objects keyed by its sub-field keys.
 *
 * `schemaVersion` versions this format; the versions of one procedure's form (draft, published)
 * are kept by the server.
 */
const FORM_SCHEMA_VERSION = 1;

/** A field or section key: an identifier, so that values read well as JSON and in paths. */
const FIELD_KEY = /^[a-zA-Z][a-zA-Z0-9_]{0,63}$/;
const Key = z
  .string()
  .regex(
    FIELD_KEY,
    "mã phải bắt đầu bằng chữ cái và chỉ gồm chữ cái không dấu, chữ số, dấu gạch dưới (tối đa 64 ký tự)",
  );

const text = (max: number) =>
  z.string().trim().normalize("NFC").min(1, "không được để trống").max(max, `không quá ${max} ký tự`);
const optionalText = (max: number) =>
  z.string().trim().normalize("NFC").max(max, `không quá ${max} ký tự`).optional();
const count = (max: number) =>
  z.number().int("phải là số nguyên").min(0, "không được âm").max(max, `không quá ${max}`);

/** A value a condition compares with: text, a number or a yes/no. */
const ConditionValue = z.union([
  z.string().trim().normalize("NFC").max(500, "không quá 500 ký tự"),
  z.number().refine(Number.isFinite, "phải là số hữu hạn"),
  z.boolean(),
]);
export type ConditionValue = z.infer<typeof ConditionValue>;

/**
 * Conditional visibility: the field (or section) is shown only when another field's value equals
 * `equals`, is one of `in`, or is not empty (`notEmpty: true`). A hidden field is neither required
 * nor kept, and a hidden field's value counts as empty for other conditions. Inside a repeatable
 * group, `field` names a sibling sub-field of the same item first, else a top-level field.
 */
export const Condition = z
  .strictObject({
    field: Key,
    equals: ConditionValue.optional(),
    in: z.array(ConditionValue).min(1, "cần ít nhất một giá trị").max(100, "tối đa 100 giá trị").optional(),
    notEmpty: z.literal(true, "chỉ nhận giá trị true").optional(),
  })
  .superRefine((condition, ctx) => {
    const given = ["equals", "in", "notEmpty"].filter(
      (k) => condition[k as keyof typeof condition] !== undefined,
    );
    if (given.length !== 1) {
      ctx.addIssue({
        code: "custom",
        path: [],
        message: "điều kiện cần đúng một trong ba cách so sánh: equals, in hoặc notEmpty",
        params: { code: "CONDITION_FORM" },
      });
    }
  });
export type Condition = z.infer<typeof Condition>;

/**
 * A date bound: an ISO date `YYYY-MM-DD`, or relative to the day of submission: `today`,
 * `today-18y` (at least 18 years ago), `today+30d`, `today-6m`.
 */
const DATE_BOUND = /^(\d{4}-\d{2}-\d{2}|today(?:[+-]\d{1,4}[dmy])?)$/;
const DateBound = z
  .string()
  .regex(DATE_BOUND, "mốc ngày có dạng YYYY-MM-DD, today, today-18y, today+30d hoặc today-6m");

/** Data of the signed-in applicant the renderer may pre-fill a field with (REC-5, with consent). */
const PREFILL_SOURCES = [
  "fullName",
  "identityNumber",
  "birthDate",
  "gender",
  "address",
  "phone",
  "email",
  "organizationName",
  "organizationTaxCode",
] as const;

const common = {
  key: Key,
  label: text(300),
  /** Guidance shown under the field. */
  help: optionalText(1000),
  placeholder: optionalText(200),
  required: z.boolean().optional(),
  visibleWhen: Condition.optional(),
  prefill: z.enum(PREFILL_SOURCES).optional(),
  /** Layout hint for the renderer (default full width). */
  width: z.enum(["full", "half", "third"]).optional(),
};

/** A text pattern the value must match entirely, with the message shown when it does not. */
const Pattern = z.strictObject({
  regex: z.string().min(1, "không được để trống").max(300, "không quá 300 ký tự"),
  message: text(300),
});

export const TEXT_MAX_LENGTH = 2000;
export const TEXTAREA_MAX_LENGTH = 10_000;

const TextField = z.strictObject({
  ...common,
  type: z.literal("text"),
  minLength: count(TEXT_MAX_LENGTH).optional(),
  maxLength: count(TEXT_MAX_LENGTH).min(1, "phải từ 1 trở lên").optional(),
  pattern: Pattern.optional(),
});
const TextareaField = z.strictObject({
  ...common,
  type: z.literal("textarea"),
  minLength: count(TEXTAREA_MAX_LENGTH).optional(),
  maxLength: count(TEXTAREA_MAX_LENGTH).min(1, "phải từ 1 trở lên").optional(),
  rows: z.number().int().min(2).max(30).optional(),
});
const finite = z.number().refine(Number.isFinite, "phải là số hữu hạn");
const NumberField = z.strictObject({
  ...common,
  type: z.literal("number"),
  min: finite.optional(),
  max: finite.optional(),
  integer: z.boolean().optional(),
  /** Shown after the input, e.g. "m²", "tầng", "đồng". */
  unit: optionalText(20),
});
const DateField = z.strictObject({
  ...common,
  type: z.literal("date"),
  min: DateBound.optional(),
  max: DateBound.optional(),
});
const OPTION_VALUE_MAX = 100;
const Option = z.strictObject({
  value: z
    .string()
    .trim()
    .normalize("NFC")
    .min(1, "không được để trống")
    .max(OPTION_VALUE_MAX, `không quá ${OPTION_VALUE_MAX} ký tự`),
  label: text(300),
});
const SelectField = z.strictObject({
  ...common,
  type: z.literal("select"),
  options: z.array(Option).min(1, "cần ít nhất một lựa chọn").max(500, "tối đa 500 lựa chọn"),
});
const RadioField = z.strictObject({
  ...common,
  type: z.literal("radio"),
  options: z.array(Option).min(1, "cần ít nhất một lựa chọn").max(50, "tối đa 50 lựa chọn"),
});
/** A yes/no box; `required` means it must be ticked (a declaration, "Tôi cam đoan…"). */
const CheckboxField = z.strictObject({ ...common, type: z.literal("checkbox") });
const EmailField = z.strictObject({ ...common, type: z.literal("email") });
const PHONE_KINDS = ["mobile", "landline"] as const;
const PhoneField = z.strictObject({
  ...common,
  type: z.literal("phone"),
  /** Which numbers are accepted (default both): mobile 10 digits, landline 11 digits (02…). */
  kinds: z.array(z.enum(PHONE_KINDS)).min(1, "cần ít nhất một loại số").max(2).optional(),
});
const ID_NUMBER_KINDS = ["cccd", "cmnd"] as const;
const IdNumberField = z.strictObject({
  ...common,
  type: z.literal("idNumber"),
  /** cccd: personal identification number, 12 digits (default); cmnd: legacy 9-digit ID card. */
  accept: z.array(z.enum(ID_NUMBER_KINDS)).min(1, "cần ít nhất một loại giấy tờ").max(2).optional(),
  /** A date field holding the same person's date of birth: the year encoded in a CCCD must match it. */
  birthDateField: Key.optional(),
});
/** Province + commune of the two-tier administration (from 01/7/2025) + house number and street. */
const AddressField = z.strictObject({
  ...common,
  type: z.literal("address"),
  /** Whether the street part (số nhà, đường, thôn, xóm) must be given too (default true). */
  requireStreet: z.boolean().optional(),
});

const leafFields = [
  TextField,
  TextareaField,
  NumberField,
  DateField,
  SelectField,
  RadioField,
  CheckboxField,
  EmailField,
  PhoneField,
  IdNumberField,
  AddressField,
] as const;

/** A field inside a repeatable group (groups do not nest). */
export const SubField = z.discriminatedUnion("type", leafFields);
export type SubField = z.infer<typeof SubField>;

export const GROUP_MAX_ITEMS = 100;
/** A repeatable group: a list of items, each with the same sub-fields (e.g. places of residence). */
const GroupField = z.strictObject({
  ...common,
  type: z.literal("group"),
  fields: z.array(SubField).min(1, "nhóm cần ít nhất một trường").max(50, "tối đa 50 trường mỗi nhóm"),
  /** At least this many items (default 1 when required, else 0). */
  minItems: count(GROUP_MAX_ITEMS).optional(),
  /** At most this many items (default 100). */
  maxItems: count(GROUP_MAX_ITEMS).min(1, "phải từ 1 trở lên").optional(),
  /** Title of one item, e.g. "Nơi cư trú". */
  itemLabel: optionalText(100),
});

export const FormField = z.discriminatedUnion("type", [...leafFields, GroupField]);
export type FormField = z.infer<typeof FormField>;
type FieldType = FormField["type"];
export type GroupField = Extract<FormField, { type: "group" }>;

export const FormSection = z.strictObject({
  key: Key,
  title: text(300),
  description: optionalText(2000),
  visibleWhen: Condition.optional(),
  fields: z.array(FormField).min(1, "phần cần ít nhất một trường").max(200, "tối đa 200 trường mỗi phần"),
});
export type FormSection = z.infer<typeof FormSection>;

export const FormDefinition = z.strictObject({
  schemaVersion: z.literal(FORM_SCHEMA_VERSION, `chỉ hỗ trợ schemaVersion ${FORM_SCHEMA_VERSION}`),
  title: text(300),
  description: optionalText(4000),
  sections: z.array(FormSection).min(1, "biểu mẫu cần ít nhất một phần").max(50, "tối đa 50 phần"),
});
/** A form definition as parsed (text trimmed and NFC-normalised). */
export type FormDefinition = z.infer<typeof FormDefinition>;
/** A form definition as written by an author or sent by the editor. */
export type FormDefinitionInput = z.input<typeof FormDefinition>;

/** Every field type, for editors and documentation. */
export const FIELD_TYPES = [
  "text",
  "textarea",
  "number",
  "date",
  "select",
  "radio",
  "checkbox",
  "email",
  "phone",
  "idNumber",
  "address",
  "group",
] as const satisfies readonly FieldType[];
