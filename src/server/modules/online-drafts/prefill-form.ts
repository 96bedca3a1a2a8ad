import type { CitizenProfile } from "../../../contracts/citizen.ts";
import type { PrefillResponse, PrefillSource } from "../../../contracts/online-drafts.ts";
import type { FormDefinition, FormField } from "../../../domain/forms/definition.ts";
import type { Db } from "../../db/database.ts";
import { hasConsent } from "../citizen-identity/has-consent.ts";
import { getPublishedForm } from "../forms/get-published-form.ts";

type PrefillHint = NonNullable<FormField["prefill"]>;
type Field = FormField & { prefill: PrefillHint };

/** Identity data: the e-ID is the authority, whatever was typed before. */
const IDENTITY: ReadonlySet<PrefillHint> = new Set([
  "fullName",
  "identityNumber",
  "birthDate",
  "gender",
  "organizationName",
  "organizationTaxCode",
]);
/** How many of the citizen's latest dossiers earlier answers are looked for in. */
const EARLIER_DOSSIERS = 20;
const GENDER_LABELS = { male: "nam", female: "nữ", other: "khác" } as const;

/**
 * REC-5, SEC-5: the values of the fields the procedure's e-form marks `prefill`, only with the
 * citizen's `prefill_forms` consent in force (checked at every call: a withdrawal stops it at
 * once). Identity fields come from the e-ID (an earlier answer only where the e-ID has none);
 * contact fields from the citizen's latest answer to the same field key in an earlier dossier,
 * else from the e-ID.
 */
export async function prefillForm(
  db: Db,
  citizen: CitizenProfile,
  procedureId: string,
): Promise<PrefillResponse> {
  const form = await getPublishedForm(db, procedureId);
  if (!(await hasConsent(db, citizen.id, "prefill_forms")))
    return { consented: false, values: {}, sources: {} };
  const fields = prefillFields(form.definition);
  const earlier = await earlierAnswers(
    db,
    citizen.id,
    fields.map((f) => f.key),
  );
  const values: Record<string, unknown> = {};
  const sources: Record<string, PrefillSource> = {};
  for (const field of fields) {
    const eid = { value: eidValue(field, citizen), source: "eid" as const };
    const before = { value: earlier.get(field.key), source: "earlier" as const };
    const [first, second] = IDENTITY.has(field.prefill) ? [eid, before] : [before, eid];
    const { value, source } = first.value !== undefined ? first : second;
    if (value === undefined) continue;
    values[field.key] = value;
    sources[field.key] = source;
  }
  return { consented: true, values, sources };
}

function prefillFields(definition: FormDefinition): Field[] {
  return definition.sections.flatMap((s) => s.fields.filter((f): f is Field => f.prefill !== undefined));
}

/** The e-ID value for the field, when the field can hold it (a structured address cannot). */
function eidValue(field: Field, citizen: CitizenProfile): unknown {
  const raw = profileValue(field.prefill, citizen);
  if (raw === null || raw === undefined || raw === "") return undefined;
  if (field.type === "select" || field.type === "radio") {
    const label = field.prefill === "gender" ? GENDER_LABELS[raw as keyof typeof GENDER_LABELS] : raw;
    const match = field.options.find(
      (o) =>
        o.value === raw || o.label.normalize("NFC").toLowerCase() === label?.normalize("NFC").toLowerCase(),
    );
    return match?.value;
  }
  const textual = ["text", "textarea", "email", "phone", "idNumber", "date"];
  return textual.includes(field.type) ? raw : undefined;
}

function profileValue(hint: PrefillHint, citizen: CitizenProfile): string | null | undefined {
  switch (hint) {
    case "fullName":
      return citizen.fullName;
    case "identityNumber":
      return citizen.identityNumber;
    case "organizationName":
      return citizen.organization?.name;
    case "organizationTaxCode":
      return citizen.organization?.taxCode;
    default:
      return citizen[hint];
  }
}

/** For each key, the answer of the citizen's most recent dossier that has one. */
async function earlierAnswers(db: Db, citizenId: string, keys: string[]): Promise<Map<string, unknown>> {
  const found = new Map<string, unknown>();
  if (keys.length === 0) return found;
  const rows = await db
    .selectFrom("dossier")
    .select("form_data")
    .where("applicant_account_id", "=", citizenId)
    .where("form_data", "is not", null)
    .orderBy("submitted_at", "desc")
    .limit(EARLIER_DOSSIERS)
    .execute();
  for (const { form_data } of rows) {
    for (const key of keys) {
      const value = form_data?.[key];
      if (!found.has(key) && value !== undefined && value !== null && value !== "") found.set(key, value);
    }
  }
  return found;
}
