import { sql } from "kysely";
import type {
  LateDossier,
  LateExplanations,
  LateExplanationsQuery,
  LateUnit,
} from "../../../contracts/late-explanations.ts";
import type { Db } from "../../db/database.ts";
import { columnPredicate, RESOLVED_AT } from "./counting-conventions.ts";
import { ii06aSource } from "./ii06a-source.ts";
import { periodLabel, reportPeriod } from "./report-period.ts";

/** The lateness reason as the dossier's state holds it (PRC-8, domain `LatenessReason`). */
interface StoredReason {
  at: number;
  reason: string;
  by?: { officerId?: string };
}

/**
 * RPT-3, PRC-8: the agencies' explanations of their late dossiers in a period. Per competent
 * agency (Biểu II.06a's rows by unit), the dossiers of column 10 (resolved late) and column 13
 * (in progress, overdue at the period's end), by the same predicates (RPT-7), each with the
 * lateness reason recorded on it, or none yet.
 */
export async function listLateExplanations(db: Db, query: LateExplanationsQuery): Promise<LateExplanations> {
  const period = reportPeriod(query.from, query.to);
  const resolvedLate = columnPredicate("resolved_late", period);
  const rows = await ii06aSource(db, { period, by: "unit", agencyId: query.agencyId ?? null })
    .innerJoin("agency as a", "a.id", "w.agency_id")
    .leftJoin("officer as o", (join) =>
      join.on(sql<boolean>`o.id::text = d.state #>> '{latenessReason,by,officerId}'`),
    )
    .where(sql<boolean>`(${resolvedLate} or ${columnPredicate("in_progress_overdue", period)})`)
    .select([
      "d.id",
      "d.code",
      "d.version",
      "pv.name as procedure_name",
      "a.id as agency_id",
      "a.name as agency_name",
      sql<boolean>`${resolvedLate}`.as("resolved_late"),
      "d.due_at",
      RESOLVED_AT.as("resolved_at"),
      sql<StoredReason | null>`d.state -> 'latenessReason'`.as("reason"),
      "o.full_name as reason_by",
    ])
    .orderBy("a.name")
    .orderBy("d.due_at")
    .orderBy("d.id")
    .execute();
  const units = new Map<string, LateUnit>();
  for (const row of rows) {
    const unit = units.get(row.agency_id) ?? newUnit(row.agency_id, row.agency_name);
    units.set(row.agency_id, unit);
    const dossier = lateDossier(row);
    unit.dossiers.push(dossier);
    if (dossier.explanation) unit.explained += 1;
    else unit.unexplained += 1;
  }
  const all = [...units.values()];
  return {
    periodLabel: periodLabel(query.from, query.to),
    from: query.from,
    to: query.to,
    units: all,
    totals: {
      explained: all.reduce((sum, unit) => sum + unit.explained, 0),
      unexplained: all.reduce((sum, unit) => sum + unit.unexplained, 0),
    },
  };
}

const newUnit = (agencyId: string, name: string): LateUnit => ({
  agencyId,
  name,
  explained: 0,
  unexplained: 0,
  dossiers: [],
});

function lateDossier(row: {
  id: string;
  code: string;
  version: number;
  procedure_name: string;
  resolved_late: boolean;
  due_at: Date | null;
  resolved_at: Date | null;
  reason: StoredReason | null;
  reason_by: string | null;
}): LateDossier {
  return {
    id: row.id,
    code: row.code,
    version: row.version,
    procedureName: row.procedure_name,
    kind: row.resolved_late ? "resolved_late" : "in_progress_overdue",
    dueAt: row.due_at?.toISOString() ?? null,
    resolvedAt: row.resolved_at?.toISOString() ?? null,
    explanation: row.reason
      ? {
          reason: row.reason.reason,
          recordedAt: new Date(row.reason.at).toISOString(),
          recordedBy: row.reason_by,
        }
      : null,
  };
}
