import { isIsoDate } from "../calendar/dates.ts";
import { type AddressDirectory, type AddressValue, type DirectoryIndex, indexDirectory } from "./address.ts";
import { resolveDateBound, vietnameseDate } from "./date-bounds.ts";
import {
  type Condition,
  type FormDefinition,
  type FormField,
  GROUP_MAX_ITEMS,
  type SubField,
  TEXT_MAX_LENGTH,
  TEXTAREA_MAX_LENGTH,
} from "./definition.ts";
import { formatPath, type Issue, type PathSegment } from "./issues.ts";
import { compilePattern } from "./patterns.ts";
import {
  cleanDigits,
  decodeIdNumber,
  isEmail,
  normalizePhone,
  type PhoneKind,
  phoneKindOf,
} from "./vn-identifiers.ts";

/** A value as the form keeps it. */
type FieldValue = string | number | boolean | AddressValue | FormValues[];
/** Values of a form, or of one item of a repeatable group, keyed by field key. */
type FormValues = { [key: string]: FieldValue };

export interface SubmissionOptions {
  /** The day of submission in Vietnam, `YYYY-MM-DD` (for `today` bounds and ID numbers). */
  today: string;
  /** Provinces and communes to check addresses against (see address.ts). */
  addresses?: AddressDirectory;
}

export type SubmissionResult = { ok: true; values: FormValues } | { ok: false; errors: Issue[] };

/**
 * Checks what an applicant filled in against a form definition (CFG-2, REC-4). The same function
 * runs in the browser while the applicant types and on the server when the dossier is submitted,
 * so both show the same errors: each with the path of the value (`fatherName`,
 * `residences[1].street`, `birthPlace.communeCode`), a stable code and a Vietnamese message.
 *
 * Fields hidden by their conditions (or by their section's) are neither required nor kept, and
 * count as empty for other conditions; keys the definition does not know are dropped. The values
 * returned are cleaned: text NFC-normalised and trimmed (single-line text with its runs of
 * spaces collapsed), phone numbers as `0…` digits, ID numbers as digits, a checkbox always
 * true/false, a group always a list, empty optional fields left out. Checking the cleaned
 * values again gives them back unchanged.
 *
 * `definition` must be one that `validateFormDefinition` accepted.
 */
export function validateSubmission(
  definition: FormDefinition,
  data: unknown,
  options: SubmissionOptions,
): SubmissionResult {
  if (!isPlainObject(data)) {
    return {
      ok: false,
      errors: [
        { path: "", code: "NOT_AN_OBJECT", message: "Dữ liệu của biểu mẫu phải là một đối tượng JSON." },
      ],
    };
  }
  const run = new Submission(definition, data, options);
  return run.result();
}

interface Resolved {
  visible: boolean;
  /** The cleaned value, when there is one (groups: built from their items at the end). */
  value?: FieldValue;
  /** What conditions on this field see: the value of a valid field; a group's items; an address's parts. */
  probe?: unknown;
  /** The field's own problems; checks made once every field is resolved add to it. */
  errors: Issue[];
  /** A group's items, each with its sub-fields in order. */
  items?: ItemResolution[];
}

interface ItemResolution {
  errors: Issue[];
  fields: [string, Resolved][];
}

const HIDDEN: Resolved = { visible: false, errors: [] };

/** Where a field's conditions and references look keys up: its group item's siblings, then the top level. */
interface Scope {
  resolve(key: string): Resolved;
  label(key: string): string | undefined;
}

class Submission {
  private readonly top = new Map<string, { field: FormField; section: number }>();
  private readonly resolvedTop = new Map<string, Resolved>();
  private readonly sections = new Map<number, boolean>();
  private readonly visiting = new Set<string>();
  private readonly directory: DirectoryIndex | undefined;
  /** ID-number checks against a birth date, run once every field is resolved. */
  private readonly laterChecks: (() => void)[] = [];
  private readonly topScope: Scope = {
    resolve: (key) => this.resolveTop(key),
    label: (key) => this.top.get(key)?.field.label,
  };

  constructor(
    private readonly definition: FormDefinition,
    private readonly data: Record<string, unknown>,
    private readonly options: SubmissionOptions,
  ) {
    definition.sections.forEach((section, index) => {
      for (const field of section.fields) {
        if (!this.top.has(field.key)) this.top.set(field.key, { field, section: index });
      }
    });
    this.directory = options.addresses ? indexDirectory(options.addresses) : undefined;
  }

  result(): SubmissionResult {
    const fields = [...this.top.keys()].map((key) => [key, this.resolveTop(key)] as [string, Resolved]);
    for (const check of this.laterChecks) check();
    const errors: Issue[] = [];
    for (const [, resolved] of fields) collectErrors(resolved, errors);
    return errors.length > 0 ? { ok: false, errors } : { ok: true, values: valuesOf(fields) };
  }

  private resolveTop(key: string): Resolved {
    const known = this.resolvedTop.get(key);
    if (known) return known;
    const entry = this.top.get(key);
    if (!entry || this.visiting.has(`f:${key}`)) return HIDDEN;
    this.visiting.add(`f:${key}`);
    const visible = this.sectionVisible(entry.section) && this.holds(entry.field.visibleWhen, this.topScope);
    const resolved = visible ? this.check(entry.field, this.data[key], [key], this.topScope) : HIDDEN;
    this.visiting.delete(`f:${key}`);
    this.resolvedTop.set(key, resolved);
    return resolved;
  }

  private sectionVisible(index: number): boolean {
    const known = this.sections.get(index);
    if (known !== undefined) return known;
    if (this.visiting.has(`s:${index}`)) return false;
    this.visiting.add(`s:${index}`);
    const visible = this.holds(this.definition.sections[index]?.visibleWhen, this.topScope);
    this.visiting.delete(`s:${index}`);
    this.sections.set(index, visible);
    return visible;
  }

  private holds(condition: Condition | undefined, scope: Scope): boolean {
    if (!condition) return true;
    const target = scope.resolve(condition.field);
    const probe = target.visible ? target.probe : undefined;
    if (condition.notEmpty) return !isEmpty(probe);
    if (probe === undefined) return false;
    if (condition.equals !== undefined) return probe === condition.equals;
    return (condition.in ?? []).some((value) => value === probe);
  }

  /** Checks one visible field. */
  private check(field: FormField | SubField, raw: unknown, path: PathSegment[], scope: Scope): Resolved {
    const errors: Issue[] = [];
    const fail = (code: string, message: string, at: PathSegment[] = path) =>
      errors.push({ path: formatPath(at), code, message });
    const label = `“${field.label}”`;
    /** A valid field's value is also what conditions see. */
    const done = (value: FieldValue | undefined): Resolved =>
      errors.length > 0 ? { visible: true, errors } : { visible: true, value, probe: value, errors };

    switch (field.type) {
      case "checkbox": {
        if (raw !== undefined && raw !== null && typeof raw !== "boolean") {
          fail("NOT_BOOLEAN", `${label} chỉ nhận giá trị có (true) hoặc không (false).`);
          return done(undefined);
        }
        const checked = raw === true;
        if (field.required && !checked) fail("REQUIRED", `Vui lòng đánh dấu ${label}.`);
        return done(checked);
      }
      case "number": {
        if (raw === undefined || raw === null || raw === "") {
          if (field.required) fail("REQUIRED", `Vui lòng nhập ${label}.`);
          return done(undefined);
        }
        if (typeof raw !== "number" || !Number.isFinite(raw)) {
          fail("NOT_A_NUMBER", `${label} phải là một số.`);
          return done(undefined);
        }
        if (field.integer && !Number.isInteger(raw)) fail("NOT_INTEGER", `${label} phải là số nguyên.`);
        if (field.min !== undefined && raw < field.min)
          fail("TOO_SMALL", `${label} không được nhỏ hơn ${vietnameseNumber(field.min)}.`);
        if (field.max !== undefined && raw > field.max)
          fail("TOO_LARGE", `${label} không được lớn hơn ${vietnameseNumber(field.max)}.`);
        return done(raw);
      }
      case "address":
        return this.checkAddress(field, raw, path);
      case "group":
        return this.checkGroup(field, raw, path);
      default:
        break;
    }

    // Text-like fields.
    if (raw !== undefined && raw !== null && typeof raw !== "string") {
      fail("NOT_TEXT", `${label} phải là chữ (chuỗi ký tự).`);
      return done(undefined);
    }
    const text = field.type === "textarea" ? cleanMultiline(raw ?? "") : cleanLine(raw ?? "");
    if (text === "") {
      if (field.required) {
        const verb = field.type === "select" || field.type === "radio" ? "chọn" : "nhập";
        fail("REQUIRED", `Vui lòng ${verb} ${label}.`);
      }
      return done(undefined);
    }
    switch (field.type) {
      case "text":
      case "textarea": {
        const length = [...text].length;
        const max = field.maxLength ?? (field.type === "text" ? TEXT_MAX_LENGTH : TEXTAREA_MAX_LENGTH);
        if (field.minLength !== undefined && length < field.minLength)
          fail("TOO_SHORT", `${label} cần ít nhất ${field.minLength} ký tự.`);
        if (length > max) fail("TOO_LONG", `${label} không được quá ${max} ký tự.`);
        if (field.type === "text" && field.pattern && errors.length === 0) {
          const pattern = compilePattern(field.pattern.regex);
          if (pattern && !pattern.test(text)) fail("PATTERN", `${label}: ${field.pattern.message}`);
        }
        return done(text);
      }
      case "email":
        if (!isEmail(text)) fail("INVALID_EMAIL", `${label} không phải là địa chỉ thư điện tử hợp lệ.`);
        return done(text);
      case "phone": {
        const phone = normalizePhone(text);
        const kinds: readonly PhoneKind[] = field.kinds ?? ["mobile", "landline"];
        const kind = phoneKindOf(phone);
        if (!kind || !kinds.includes(kind)) fail("INVALID_PHONE", phoneMessage(label, kinds));
        return done(phone);
      }
      case "idNumber": {
        const resolved = this.checkIdNumber(field, text, path, errors);
        const birthYear = decodeIdNumber(text)?.birthYear;
        if (field.birthDateField && birthYear !== undefined && resolved.errors.length === 0) {
          this.laterChecks.push(() =>
            this.checkBirthYear(resolved, label, birthYear, field.birthDateField ?? "", path, scope),
          );
        }
        return resolved;
      }
      case "date": {
        if (!isIsoDate(text)) {
          fail("INVALID_DATE", `${label} không phải là ngày hợp lệ.`);
          return done(undefined);
        }
        const min = field.min === undefined ? undefined : resolveDateBound(field.min, this.options.today);
        const max = field.max === undefined ? undefined : resolveDateBound(field.max, this.options.today);
        if (min !== undefined && text < min)
          fail("DATE_TOO_EARLY", `${label} không được trước ngày ${boundText(field.min ?? "", min)}.`);
        if (max !== undefined && text > max)
          fail("DATE_TOO_LATE", `${label} không được sau ngày ${boundText(field.max ?? "", max)}.`);
        return done(text);
      }
      case "select":
      case "radio":
        if (!field.options.some((option) => option.value === text)) {
          fail("NOT_AN_OPTION", `Giá trị của ${label} không có trong danh sách lựa chọn.`);
        }
        return done(text);
      default:
        return done(undefined);
    }
  }

  private checkIdNumber(
    field: Extract<FormField, { type: "idNumber" }>,
    text: string,
    path: PathSegment[],
    errors: Issue[],
  ): Resolved {
    const label = `“${field.label}”`;
    const accept = field.accept ?? ["cccd"];
    const decoded = decodeIdNumber(text);
    const fail = (message: string) =>
      errors.push({ path: formatPath(path), code: "INVALID_ID_NUMBER", message });
    if (!decoded || !accept.includes(decoded.kind)) {
      fail(
        accept.includes("cmnd")
          ? `${label} phải là số định danh cá nhân (CCCD) gồm 12 chữ số hoặc số CMND gồm 9 chữ số.`
          : `${label} phải là số định danh cá nhân (CCCD) gồm 12 chữ số.`,
      );
    } else if (
      decoded.birthYear !== undefined &&
      decoded.birthYear > Number(this.options.today.slice(0, 4))
    ) {
      fail(`${label} không hợp lệ: chữ số thứ 4–6 cho năm sinh ${decoded.birthYear}, sau năm hiện tại.`);
    }
    if (errors.length > 0) return { visible: true, errors };
    const digits = cleanDigits(text);
    return { visible: true, value: digits, probe: digits, errors };
  }

  /** The year of birth a CCCD number encodes must be the year of the date of birth it is paired with. */
  private checkBirthYear(
    resolved: Resolved,
    label: string,
    birthYear: number,
    birthKey: string,
    path: PathSegment[],
    scope: Scope,
  ): void {
    const birth = scope.resolve(birthKey);
    if (!birth.visible || typeof birth.value !== "string") return;
    const year = Number(birth.value.slice(0, 4));
    if (year === birthYear) return;
    resolved.errors.push({
      path: formatPath(path),
      code: "ID_BIRTH_YEAR_MISMATCH",
      message: `${label} không khớp với năm sinh ${year} ở “${scope.label(birthKey) ?? birthKey}” (chữ số thứ 4–6 của số định danh cho năm sinh ${birthYear}).`,
    });
  }

  private checkAddress(
    field: Extract<FormField, { type: "address" }>,
    raw: unknown,
    path: PathSegment[],
  ): Resolved {
    const label = `“${field.label}”`;
    const errors: Issue[] = [];
    const fail = (code: string, message: string, at: PathSegment[]) =>
      errors.push({ path: formatPath(at), code, message });
    if (raw !== undefined && raw !== null && !isPlainObject(raw)) {
      fail("NOT_AN_OBJECT", `${label} phải gồm tỉnh, xã và số nhà, đường.`, path);
      return { visible: true, errors };
    }
    const parts = (raw ?? {}) as Record<string, unknown>;
    const text = (name: "provinceCode" | "communeCode" | "street") => {
      const value = parts[name];
      if (value === undefined || value === null) return "";
      if (typeof value !== "string") {
        fail("NOT_TEXT", `${label}: phần này phải là chuỗi ký tự.`, [...path, name]);
        return "";
      }
      return cleanLine(value);
    };
    const provinceCode = text("provinceCode");
    const communeCode = text("communeCode");
    const street = text("street");
    // Conditions see whether anything was entered, valid or not.
    const probe = provinceCode || communeCode || street ? { provinceCode, communeCode, street } : undefined;
    if (probe === undefined && !field.required && errors.length === 0) return { visible: true, errors };
    if (provinceCode === "")
      fail("REQUIRED", `Vui lòng chọn tỉnh, thành phố của ${label}.`, [...path, "provinceCode"]);
    if (communeCode === "")
      fail("REQUIRED", `Vui lòng chọn xã, phường của ${label}.`, [...path, "communeCode"]);
    if (street === "" && field.requireStreet !== false) {
      fail("REQUIRED", `Vui lòng nhập số nhà, đường, thôn, xóm của ${label}.`, [...path, "street"]);
    }
    if (this.directory && provinceCode !== "" && !this.directory.province(provinceCode)) {
      fail("UNKNOWN_PROVINCE", `Tỉnh, thành phố đã chọn ở ${label} không có trong danh mục.`, [
        ...path,
        "provinceCode",
      ]);
    } else if (this.directory && communeCode !== "") {
      const commune = this.directory.commune(communeCode);
      if (!commune) {
        fail("UNKNOWN_COMMUNE", `Xã, phường đã chọn ở ${label} không có trong danh mục.`, [
          ...path,
          "communeCode",
        ]);
      } else if (provinceCode !== "" && commune.provinceCode !== provinceCode) {
        fail(
          "COMMUNE_NOT_IN_PROVINCE",
          `Xã, phường đã chọn ở ${label} không thuộc tỉnh, thành phố đã chọn.`,
          [...path, "communeCode"],
        );
      }
    }
    if (errors.length > 0) return { visible: true, probe, errors };
    const value: AddressValue =
      street === "" ? { provinceCode, communeCode } : { provinceCode, communeCode, street };
    return { visible: true, value, probe, errors };
  }

  private checkGroup(
    field: Extract<FormField, { type: "group" }>,
    raw: unknown,
    path: PathSegment[],
  ): Resolved {
    const label = `“${field.label}”`;
    const errors: Issue[] = [];
    if (raw !== undefined && raw !== null && !Array.isArray(raw)) {
      errors.push({ path: formatPath(path), code: "NOT_A_LIST", message: `${label} phải là một danh sách.` });
      return { visible: true, errors };
    }
    const list = (raw ?? []) as unknown[];
    const min = field.minItems ?? (field.required ? 1 : 0);
    const max = Math.min(field.maxItems ?? GROUP_MAX_ITEMS, GROUP_MAX_ITEMS);
    if (list.length < min) {
      errors.push({
        path: formatPath(path),
        code: list.length === 0 && field.required ? "REQUIRED" : "TOO_FEW_ITEMS",
        message: `${label} cần ít nhất ${min} mục.`,
      });
    }
    if (list.length > max) {
      errors.push({ path: formatPath(path), code: "TOO_MANY_ITEMS", message: `${label} tối đa ${max} mục.` });
    }
    const items = list.slice(0, GROUP_MAX_ITEMS).map((item, index): ItemResolution => {
      const itemPath = [...path, index];
      if (!isPlainObject(item)) {
        const message = `Mục thứ ${index + 1} của ${label} không hợp lệ.`;
        return { errors: [{ path: formatPath(itemPath), code: "NOT_AN_OBJECT", message }], fields: [] };
      }
      return { errors: [], fields: this.checkItem(field.fields, item, itemPath) };
    });
    return { visible: true, probe: list, errors, items };
  }

  /** One item of a group: its sub-fields see their siblings first, then the top-level fields. */
  private checkItem(fields: readonly SubField[], item: Record<string, unknown>, path: PathSegment[]) {
    const resolved = new Map<string, Resolved>();
    const visiting = new Set<string>();
    const byKey = new Map<string, SubField>();
    for (const sub of fields) if (!byKey.has(sub.key)) byKey.set(sub.key, sub);
    const scope: Scope = {
      resolve: (key) => {
        const sub = byKey.get(key);
        if (!sub) return this.topScope.resolve(key);
        const known = resolved.get(key);
        if (known) return known;
        if (visiting.has(key)) return HIDDEN;
        visiting.add(key);
        const result = this.holds(sub.visibleWhen, scope)
          ? this.check(sub, item[key], [...path, key], scope)
          : HIDDEN;
        visiting.delete(key);
        resolved.set(key, result);
        return result;
      },
      label: (key) => byKey.get(key)?.label ?? this.topScope.label(key),
    };
    return [...byKey.keys()].map((key) => [key, scope.resolve(key)] as [string, Resolved]);
  }
}

/** Errors in document order: a field's own, then its items' (each item's sub-fields in order). */
function collectErrors(resolved: Resolved, into: Issue[]): void {
  into.push(...resolved.errors);
  for (const item of resolved.items ?? []) {
    into.push(...item.errors);
    for (const [, sub] of item.fields) collectErrors(sub, into);
  }
}

/** The kept values: visible fields with a value; a group's items built from their sub-fields. */
function valuesOf(fields: [string, Resolved][]): FormValues {
  const values: FormValues = {};
  for (const [key, resolved] of fields) {
    if (!resolved.visible) continue;
    if (resolved.items) values[key] = resolved.items.map((item) => valuesOf(item.fields));
    else if (resolved.value !== undefined) values[key] = resolved.value;
  }
  return values;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isPlainObject(value)) return Object.values(value).every((part) => isEmpty(part));
  return false;
}

/** One line of text: NFC, trimmed, runs of white space (line breaks included) as one space. */
function cleanLine(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** Several lines: NFC, Windows line breaks as \n, trimmed at both ends. */
function cleanMultiline(text: string): string {
  return text.normalize("NFC").replace(/\r\n?/g, "\n").trim();
}

/** 1234567.5 → "1.234.567,5", as numbers are written in Vietnamese. */
export function vietnameseNumber(value: number): string {
  const [whole = "0", fraction] = Math.abs(value).toString().split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${value < 0 ? "-" : ""}${grouped}${fraction ? `,${fraction}` : ""}`;
}

function boundText(bound: string, resolved: string): string {
  return bound === "today" ? `hôm nay (${vietnameseDate(resolved)})` : vietnameseDate(resolved);
}

function phoneMessage(label: string, kinds: readonly PhoneKind[]): string {
  if (kinds.length === 1 && kinds[0] === "mobile")
    return `${label} phải là số điện thoại di động Việt Nam gồm 10 chữ số, ví dụ 0912 345 678.`;
  if (kinds.length === 1 && kinds[0] === "landline")
    return `${label} phải là số điện thoại cố định gồm 11 chữ số, ví dụ 0237 3852 466.`;
  return `${label} phải là số điện thoại Việt Nam: di động 10 chữ số (0912 345 678) hoặc cố định 11 chữ số (0237 3852 466).`;
}
