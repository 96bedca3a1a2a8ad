import type { FastifyRequest } from "fastify";
import { type ExpressionBuilder, sql } from "kysely";
import type { DossierFormName } from "../../../contracts/documents.ts";
import { localYear, yearStartInstant } from "../../../domain/calendar/dates.ts";
import type { Actor, Dossier } from "../../../domain/dossier/index.ts";
import type { Db } from "../../db/database.ts";
import type { DossierRow } from "../../db/schema/dossiers.ts";
import type { Database } from "../../db/schema.ts";
import { officerOf } from "../../http/access.ts";
import { requireCitizen } from "../citizen-identity/authenticate.ts";
import type { IssuingAgency } from "../documents/context.ts";
import type { DossierFormContext } from "../documents/render-form.ts";
import type { ReceivedComponent } from "../documents/render-receipt.ts";
import type { Audience, DocumentSource } from "../documents/routes.ts";
import { ownedBy } from "./citizen-dossiers.ts";
import { type Clock, systemClock } from "./clock.ts";
import { counterSupplementSlip } from "./counter-supplement-slip.ts";
import { dossierNotFound, stateOf, UUID } from "./dossier-store.ts";
import { loadNames, type Names } from "./dossier-view.ts";

/**
 * The printable forms' data (Mẫu 01–06, documents module) from the dossier store: the dossier in
 * the caller's reach (officers: the route gate has checked the dossier's agencies, as for
 * `GET /api/dossiers/:dossierId`; citizens: only their own, else 404), the issuing agency with
 * its superior and the province as the place of the date line, the names behind the ids the
 * dossier records, the published procedure name, the components received with their counts, who
 * received it and its number in the agency's tracking book (per year of reception).
 */
export function dossierDocumentSource(
  db: Db,
  options: { lookupBaseUrl: string; clock?: Clock },
): DocumentSource {
  return {
    async counterSupplementRequest(request, body) {
      const by = officerOf(request);
      const checked = await counterSupplementSlip(db, options.clock ?? systemClock, by, body);
      const issuer = await issuingAgency(db, body.agencyId);
      return { ...checked, context: { ...issuer, officerNames: { [by.id]: by.fullName } } };
    },
    async dossierForm(request, dossierId, form, audience) {
      const row = await loadReachableRow(db, request, dossierId, audience);
      const dossier = stateOf(row);
      return { dossier, context: await formContext(db, row, dossier, form, options.lookupBaseUrl) };
    },
    async trackingBook(_request, query) {
      const rows = await db
        .selectFrom("dossier")
        .select("state")
        .where(inTrackingBookOf(query.agencyId))
        .where("received_at", ">=", new Date(query.from))
        .where("received_at", "<", new Date(query.to))
        .orderBy("received_at")
        .orderBy("code")
        .execute();
      const dossiers = rows.map(stateOf);
      const [issuer, names] = await Promise.all([
        issuingAgency(db, query.agencyId),
        loadNames(db, dossiers, []),
      ]);
      return { dossiers, context: { ...issuer, ...byId(names) } };
    },
  };
}

async function loadReachableRow(
  db: Db,
  request: FastifyRequest,
  dossierId: string,
  audience: Audience,
): Promise<DossierRow> {
  if (!UUID.test(dossierId)) throw dossierNotFound();
  let query = db.selectFrom("dossier as d").selectAll("d").where("d.id", "=", dossierId);
  // Officers: the route gate has placed them over one of the dossier's agencies.
  if (audience === "citizen") query = query.where(ownedBy(await requireCitizen(db, request)));
  const row = await query.executeTakeFirst();
  if (!row) throw dossierNotFound();
  return row;
}

async function formContext(
  db: Db,
  row: DossierRow,
  dossier: Dossier,
  form: DossierFormName,
  lookupBaseUrl: string,
): Promise<DossierFormContext> {
  // The apology and the stop notice are the processing agency's; the other forms are the receiving office's (REC-9).
  const issuerId =
    form === "mau-04" || form === "dung-xu-ly"
      ? (dossier.processingAgencyId ?? row.receiving_agency_id)
      : officeOf(row);
  const [issuer, events, components, procedureName, trackingBook, receptionOffice] = await Promise.all([
    issuingAgency(db, issuerId),
    db
      .selectFrom("dossier_event")
      .select(["type", "actor"])
      .where("dossier_id", "=", dossier.id)
      .orderBy("version")
      .execute(),
    receivedComponents(db, dossier.id),
    publishedProcedureName(db, row.procedure_id),
    trackingBookEntry(db, row),
    receptionOfficeName(db, row),
  ]);
  const actors = events.map((event) => event.actor as unknown as Actor);
  const names = byId(await loadNames(db, [dossier], actors));
  const reception = events.findLast((event) => RECEPTION_EVENTS.includes(event.type));
  const receiver = reception?.actor as unknown as Actor | undefined;
  return {
    ...issuer,
    ...names,
    procedureName,
    receptionOffice,
    lookupBaseUrl,
    components,
    receivedBy: receiver?.kind === "officer" ? (names.officerNames[receiver.officerId] ?? null) : null,
    trackingBook,
  };
}

/**
 * REC-9: the one-stop office that received the dossier (a centre receiving for the competent
 * agency); the competent agency itself for one it received, or one submitted online.
 */
function officeOf(row: DossierRow): string {
  return row.reception_office_id ?? row.receiving_agency_id;
}

/** The centre's name when a centre received the dossier for another agency, else null. */
async function receptionOfficeName(db: Db, row: DossierRow): Promise<string | null> {
  const officeId = officeOf(row);
  if (officeId === row.receiving_agency_id) return null;
  const office = await db.selectFrom("agency").select("name").where("id", "=", officeId).executeTakeFirst();
  return office?.name ?? null;
}

/**
 * Mẫu 06 of an agency: the dossiers it received as a one-stop office (a centre's receptions for
 * other agencies, REC-9) and those received for it, wherever.
 */
function inTrackingBookOf(agencyId: string) {
  return (eb: ExpressionBuilder<Database, "dossier">) =>
    eb.or([eb("reception_office_id", "=", agencyId), eb("receiving_agency_id", "=", agencyId)]);
}

function byId(names: Names) {
  return {
    agencyNames: Object.fromEntries([...names.agencies].map(([id, agency]) => [id, agency.name])),
    officerNames: Object.fromEntries(names.officers),
  };
}

/** The events after which a receipt (Mẫu 01) is given: reception, online acceptance, a supplement. */
const RECEPTION_EVENTS = ["dossier_received", "online_dossier_accepted", "supplement_received"];

/** The issuing agency, its superior (cơ quan chủ quản) and the province as the place of the date line. */
export async function issuingAgency(
  db: Db,
  agencyId: string,
): Promise<{ agency: IssuingAgency; place: string }> {
  const { rows } = await sql<{ name: string; level: string; address: string; phone: string | null }>`
    WITH RECURSIVE up (id, parent_id, depth) AS (
      SELECT id, parent_id, 0 FROM agency WHERE id = ${agencyId}
      UNION ALL
      SELECT a.id, a.parent_id, up.depth + 1 FROM agency a JOIN up ON a.id = up.parent_id
    )
    SELECT a.name, a.level, a.address, a.duty_officer_phone AS phone
    FROM up JOIN agency a ON a.id = up.id ORDER BY up.depth`.execute(db);
  const [self, superior] = rows;
  if (!self) throw dossierNotFound();
  const province = rows.find((agency) => agency.level === "province") ?? rows.at(-1) ?? self;
  return {
    agency: {
      superiorName: superior?.name ?? null,
      name: self.name,
      address: self.address || null,
      phone: self.phone,
    },
    place: placeName(province.name),
  };
}

/** "UBND tỉnh Thanh Hóa" → "Thanh Hóa": the place of the date line ("Thanh Hóa, ngày …"). */
export function placeName(provinceName: string): string {
  const place = provinceName
    .replace(/^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+/iu, "")
    .replace(/^(tỉnh|thành phố)\s+/iu, "")
    .trim();
  return place || provinceName;
}

async function receivedComponents(db: Db, dossierId: string): Promise<ReceivedComponent[] | undefined> {
  const rows = await db
    .selectFrom("dossier_attachment")
    .select(["component_name", "originals", "certified_copies", "photocopies", "shown_for_comparison"])
    .where("dossier_id", "=", dossierId)
    .where("purpose", "=", "component")
    .where("component_name", "is not", null)
    .orderBy("component_index")
    .orderBy("id")
    .execute();
  if (rows.length === 0) return undefined;
  return rows.map((row) => ({
    name: row.component_name ?? "",
    originals: row.originals,
    certifiedCopies: row.certified_copies,
    photocopies: row.photocopies,
    shownForComparison: row.shown_for_comparison,
  }));
}

async function publishedProcedureName(db: Db, procedureId: string): Promise<string | null> {
  const row = await db
    .selectFrom("procedure as p")
    .innerJoin("procedure_version as v", (join) =>
      join.onRef("v.procedure_id", "=", "p.id").onRef("v.version", "=", "p.published_version"),
    )
    .select("v.name")
    .where("p.id", "=", procedureId)
    .executeTakeFirst();
  return row?.name ?? null;
}

/**
 * Mẫu 06 numbering: one book (quyển) per office and year of reception; the dossier's number is
 * its rank in the book of the office that received it that year (in order of reception, then code).
 */
async function trackingBookEntry(
  db: Db,
  row: DossierRow,
): Promise<{ volume: string; number: number } | null> {
  if (!row.received_at) return null;
  const year = localYear(row.received_at.getTime());
  const { n } = await db
    .selectFrom("dossier")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where(inTrackingBookOf(officeOf(row)))
    .where("received_at", ">=", new Date(yearStartInstant(year)))
    .where((eb) =>
      eb.or([
        eb("received_at", "<", row.received_at as Date),
        eb.and([eb("received_at", "=", row.received_at as Date), eb("code", "<=", row.code)]),
      ]),
    )
    .executeTakeFirstOrThrow();
  return { volume: String(year), number: Number(n) };
}
