import { z } from "zod";
import {
  DOSSIER_COMMANDS,
  type DossierCommandType,
  type DossierView,
  type StoredFileInfo,
} from "../../../contracts/dossiers.ts";
import { parseWallClock, toVietnamIso } from "../../lib/wall-clock.ts";

/**
 * How the workspace asks for a command's body. The fields and which of them are required come from
 * the command's zod schema in DOSSIER_COMMANDS; this table only says, per field name (a name means
 * the same thing in every command), which input asks for it. A choice among fixed values (an enum
 * in the schema) is always a list, whatever its name.
 */
type FieldKind =
  | "longText"
  | "text"
  | "lines"
  | "codes"
  | "file"
  | "files"
  | "step"
  | "officer"
  | "consultation"
  | "choice"
  | "dateTime"
  | "money"
  | "flag";

/** `null`: not asked in the workspace, the server's default applies (a unit or agency reference). */
export const FIELD_KINDS: Readonly<Record<string, FieldKind | null>> = {
  reason: "longText",
  guidance: "longText",
  note: "longText",
  subject: "longText",
  description: "longText",
  latenessReason: "longText",
  competentAgency: "text",
  toName: "text",
  documentNumber: "text",
  reference: "text",
  testingAssignmentRef: "text",
  items: "lines",
  documents: "lines",
  duplicateCodes: "codes",
  fileId: "file",
  proofFileId: "file",
  letterFileId: "file",
  requestFileId: "file",
  answerFileId: "file",
  fileIds: "files",
  toStep: "step",
  officerId: "officer",
  consultationId: "consultation",
  newDue: "dateTime",
  amount: "money",
  feeAmount: "money",
  papersBack: "flag",
  unitId: null,
  toAgencyId: null,
};

export interface CommandField {
  name: string;
  kind: FieldKind;
  required: boolean;
  /** The values of a choice. */
  options: readonly string[];
}

export type FieldValue = string | boolean | readonly StoredFileInfo[];
type FieldValues = Readonly<Record<string, FieldValue>>;

type AnySchema = z.ZodType;

function unwrap(schema: AnySchema): AnySchema {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable || inner instanceof z.ZodDefault) {
    inner = inner.unwrap() as AnySchema;
  }
  return inner;
}

function bodyShape(command: DossierCommandType): Record<string, AnySchema> {
  return DOSSIER_COMMANDS[command].body.shape as Record<string, AnySchema>;
}

/** The fields the officer fills in for a command, in the order of its schema. */
export function commandFields(command: DossierCommandType): CommandField[] {
  return Object.entries(bodyShape(command)).flatMap(([name, schema]): CommandField[] => {
    if (name === "expectedVersion") return [];
    const required = !schema.safeParse(undefined).success;
    const inner = unwrap(schema);
    if (inner instanceof z.ZodEnum)
      return [{ name, kind: "choice", required, options: inner.options.map(String) }];
    const kind = FIELD_KINDS[name];
    return kind ? [{ name, kind, required, options: [] }] : [];
  });
}

/** What an empty form holds. */
export function initialValues(fields: readonly CommandField[]): Record<string, FieldValue> {
  const initial = (kind: FieldKind): FieldValue =>
    kind === "flag" ? false : kind === "file" || kind === "files" ? [] : "";
  return Object.fromEntries(fields.map((field) => [field.name, initial(field.kind)]));
}

const lines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");

/** One field as the body carries it; `undefined` leaves an optional field out. */
function bodyValue(field: CommandField, value: FieldValue | undefined): unknown {
  if (typeof value === "boolean") return value;
  if (Array.isArray(value)) {
    const ids = (value as readonly StoredFileInfo[]).map((file) => file.id);
    return field.kind === "files" ? ids : ids[0];
  }
  const text = typeof value === "string" ? value.trim() : "";
  if (field.kind === "lines" || field.kind === "codes") return lines(text);
  if (text === "") return field.required ? text : undefined;
  if (field.kind === "step" || field.kind === "money") return Number(text);
  if (field.kind === "dateTime") {
    const wall = parseWallClock(text);
    return wall ? toVietnamIso(wall) : text;
  }
  return text;
}

/** True when a required field has nothing in it (asked before the schema's own checks). */
function isMissing(field: CommandField, value: FieldValue | undefined): boolean {
  if (!field.required || field.kind === "flag") return false;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value !== "string" || value.trim() === "";
}

type CommandCheck =
  | { ok: true; body: Record<string, unknown> }
  | { ok: false; errors: Record<string, string> };

/**
 * The body of the command, checked by its schema: the schema's Vietnamese messages per field, or
 * `missing` for a required field left empty.
 */
export function buildCommandBody(
  command: DossierCommandType,
  fields: readonly CommandField[],
  values: FieldValues,
  expectedVersion: number,
  missing: string,
): CommandCheck {
  const errors: Record<string, string> = {};
  const body: Record<string, unknown> = { expectedVersion };
  for (const field of fields) {
    if (isMissing(field, values[field.name])) errors[field.name] = missing;
    const value = bodyValue(field, values[field.name]);
    if (value !== undefined) body[field.name] = value;
  }
  const parsed = DOSSIER_COMMANDS[command].body.safeParse(body);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? "");
      errors[name] ??= issue.message;
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, body };
}

/** The steps a command may send the dossier to: the next ones, or (sending back) any step. */
export function stepOptions(
  view: DossierView,
  command: DossierCommandType,
): DossierView["workflow"]["steps"] {
  const steps = view.workflow.steps;
  if (command === "send_back") return steps;
  const next = view.step ? (steps[view.step.index]?.next ?? []) : [];
  return steps.filter((step) => next.includes(step.index));
}

/** The consultations still waiting for their answer (PRC-3). */
export function openConsultations(view: DossierView): DossierView["consultations"] {
  return view.consultations.filter((consultation) => consultation.answerFileId === null);
}

export function isCommandType(value: string): value is DossierCommandType {
  return Object.hasOwn(DOSSIER_COMMANDS, value);
}
