/** A row of an agency tree file, its fields as written whatever their type (the server judges them). */
export interface DraftAgency {
  code: string;
  parentCode: string;
  name: string;
}

export type AgencyImportDraft =
  | { status: "empty" }
  | { status: "invalidJson"; message: string }
  | { status: "notTree" }
  | {
      status: "ready";
      value: unknown;
      rows: DraftAgency[];
      /** Codes not yet in the system: the agencies the import would add. */
      newCodes: string[];
    };

const text = (value: unknown): string =>
  typeof value === "string"
    ? value.trim()
    : value === undefined || value === null
      ? ""
      : JSON.stringify(value);

/**
 * Reads an uploaded agency tree document (`motcua.agencies/1`, as exported) for the preview: how
 * many agencies, which are new. Only the shape needed for that is checked here; the server
 * validates the document and answers row by row (`errors[].path` = `agencies.N`).
 */
export function readAgencyImportDraft(json: string, existingCodes: ReadonlySet<string>): AgencyImportDraft {
  if (json.trim() === "") return { status: "empty" };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { status: "invalidJson", message: error instanceof Error ? error.message : String(error) };
  }
  if (
    typeof value !== "object" ||
    value === null ||
    !("agencies" in value) ||
    !Array.isArray(value.agencies)
  ) {
    return { status: "notTree" };
  }
  const rows = (value.agencies as unknown[]).map((entry): DraftAgency => {
    const e = typeof entry === "object" && entry !== null ? (entry as Record<string, unknown>) : {};
    return {
      code: text(e.code).toUpperCase(),
      parentCode: text(e.parentCode).toUpperCase(),
      name: text(e.name),
    };
  });
  const newCodes = rows.map((r) => r.code).filter((code) => code !== "" && !existingCodes.has(code));
  return { status: "ready", value, rows, newCodes: [...new Set(newCodes)] };
}
