import type { FastifyRequest } from "fastify";
import { sql } from "kysely";
import type { Dossier, HandOverParty } from "../../../domain/dossier/index.ts";
import { type OfficerActor, officer } from "../../../domain/dossier/index.ts";
import type { Db } from "../../db/database.ts";
import type { Role } from "../../db/schema.ts";
import type { AgencyOf } from "../../http/access.ts";
import { rolesFor } from "../identity/permissions.ts";
import { stateOf, UUID } from "./dossier-store.ts";

/**
 * PRC-9: the server checks that an officer really holds a role at an agency (roles cover their
 * agency's subtree); the lifecycle then checks that this role at this agency may act on this
 * dossier now. A "seat" is such a pair for one of the dossier's agencies or units: the officer
 * acts on the dossier from one of their seats.
 */

/** The (agency, role) pairs among `agencyIds` that the officer holds a role over. */
async function seatsAt(
  db: Db,
  officerId: string,
  agencyIds: readonly string[],
  roles?: readonly Role[],
): Promise<{ agencyId: string; role: Role }[]> {
  const ids = [...new Set(agencyIds.filter((id) => UUID.test(id)))];
  if (ids.length === 0 || (roles && roles.length === 0)) return [];
  const { rows } = await sql<{ agency_id: string; role: Role }>`
    WITH RECURSIVE up (start, id, parent_id) AS (
      SELECT a.id, a.id, a.parent_id FROM agency a WHERE a.id = ANY(${ids}::uuid[])
      UNION ALL
      SELECT up.start, a.id, a.parent_id FROM agency a JOIN up ON a.id = up.parent_id
    )
    SELECT DISTINCT up.start AS agency_id, r.role
    FROM up JOIN officer_role r ON r.scope_agency_id = up.id
    WHERE r.officer_id = ${officerId}
      ${roles ? sql`AND r.role = ANY(${[...roles]}::text[])` : sql``}`.execute(db);
  // Keep the order of `agencyIds` (the most specific first).
  return ids.flatMap((id) =>
    rows.filter((row) => row.agency_id === id).map((row) => ({ agencyId: id, role: row.role })),
  );
}

const unitOf = (party: HandOverParty) => ("unitId" in party ? [party.unitId] : []);

/**
 * Every agency and unit of a dossier where someone may act or has acted: the current step's unit,
 * the units the hand-overs went to and came from (a step may have been assigned to another unit),
 * the processing agency, the workflow's units and agencies, the agencies that held it (PRC-4) and
 * the receiving agency. Its seats are taken among these.
 */
function dossierAgencies(dossier: Dossier): string[] {
  const ids = [
    dossier.step?.unitId,
    ...[...dossier.handOvers].reverse().flatMap((entry) => [...unitOf(entry.to), ...unitOf(entry.from)]),
    dossier.processingAgencyId,
    ...dossier.workflow.steps.flatMap((step) => [step.unitId, step.agencyId]),
    ...dossier.agencySegments.map((segment) => segment.agencyId),
    dossier.receivingAgencyId,
  ];
  return [...new Set(ids.filter((id): id is string => typeof id === "string"))];
}

/** The agencies or units from which the officer issued commands on the dossier (their past seats). */
async function seatsActedFrom(db: Db, dossierId: string, officerId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("dossier_event")
    .select(sql<string>`actor->>'agencyId'`.as("agency_id"))
    .distinct()
    .where("dossier_id", "=", dossierId)
    .where(sql<string>`actor->>'officerId'`, "=", officerId)
    .execute();
  return rows.map((row) => row.agency_id);
}

/** The officer's seats on a dossier, as lifecycle actors, for the roles given (default: all). */
export async function officerSeats(
  db: Db,
  officerId: string,
  dossier: Dossier,
  roles?: readonly Role[],
): Promise<OfficerActor[]> {
  const seats = await seatsAt(db, officerId, dossierAgencies(dossier), roles);
  return seats.map((seat) => officer(officerId, seat.role, seat.agencyId));
}

/**
 * Where an officer may read the dossier from, beyond where it stands now: every agency and unit
 * of the dossier and its workflow (`dossierAgencies`) and the places the officer acted from on it.
 * So whoever handed it on (a head of unit who submitted it for approval, sent its result) keeps
 * reading it; officers of unrelated agencies never do.
 */
async function readingPlaces(db: Db, dossierId: string, officerId: string): Promise<string[]> {
  const [row, actedFrom] = await Promise.all([
    db.selectFrom("dossier").select("state").where("id", "=", dossierId).executeTakeFirstOrThrow(),
    seatsActedFrom(db, dossierId, officerId),
  ]);
  return [...dossierAgencies(stateOf(row)), ...actedFrom];
}

/**
 * The route gate's `agencyOf` for `/api/dossiers/:dossierId/…`: the dossier's agency that the
 * signed-in officer covers with a role of the route's permission, among the unit of the current
 * (or pending) step, the agency or unit that must act next, the processing agency and the
 * receiving agency; to read it (`dossiers.read`), also among its `readingPlaces`. If none, the
 * receiving agency (refused, 403). An unknown dossier concerns no agency (null): only
 * province-wide roles pass, then learn it does not exist (404).
 */
export const dossierAgencyOf: AgencyOf = async (request: FastifyRequest, db: Db) => {
  const dossierId = (request.params as { dossierId?: string }).dossierId;
  const access = request.routeOptions.config.access;
  if (!dossierId || !UUID.test(dossierId) || access?.kind !== "officer") return null;
  const row = await db
    .selectFrom("dossier")
    .select(["step_unit_id", "holder_agency_id", "processing_agency_id", "receiving_agency_id"])
    .where("id", "=", dossierId)
    .executeTakeFirst();
  if (!row) return null;
  const officerId = request.officer?.id;
  if (officerId) {
    const candidates = [
      row.step_unit_id,
      row.holder_agency_id,
      row.processing_agency_id,
      row.receiving_agency_id,
      ...(access.permission === "dossiers.read" ? await readingPlaces(db, dossierId, officerId) : []),
    ].filter((id): id is string => id !== null);
    const seats = await seatsAt(db, officerId, candidates, rolesFor(access.permission));
    if (seats[0]) return seats[0].agencyId;
  }
  return row.receiving_agency_id;
};
