import type { CalendarChange } from "../../../contracts/calendar.ts";
import { DEFAULT_WORKING_HOURS, validateCalendarSpec } from "../../../domain/calendar/index.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { refreshTimeColumns } from "../dossiers/refresh-time-columns.ts";
import { type CalendarLayer, combineLayers, layersInForce } from "./calendar-layers.ts";

type LayerContent = Pick<CalendarLayer, "workingHours" | "overrides" | "officialYears">;

/**
 * Applies a change to one calendar level (national when agencyId is null) by appending a new
 * revision, after checking that the calendar in force would still be valid, and in the same
 * transaction recomputes the time columns of the open dossiers it governs (CAL-9: the inbox and
 * the jobs never work from dues of an older calendar). Two administrators changing the same level
 * at once: one wins, the other gets 409 and changes nothing.
 */
export async function appendCalendarRevision(
  db: Db,
  agencyId: string | null,
  change: (current: LayerContent) => LayerContent,
  summary: string,
  officerId: string,
): Promise<CalendarChange> {
  const layers = await layersInForce(db, agencyId);
  const current = layers.find((l) => l.agencyId === agencyId) ?? emptyLayer(agencyId);
  const next = { ...current, ...change(current), revision: current.revision + 1 };
  assertValid(
    layers
      .filter((l) => l.agencyId !== agencyId)
      .concat(next)
      .sort(byDepth(layers, agencyId)),
  );
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto("calendar_revision")
        .values({
          agency_id: agencyId,
          revision: next.revision,
          working_hours: next.workingHours ? JSON.stringify(next.workingHours) : null,
          overrides: JSON.stringify(next.overrides),
          official_years: next.officialYears,
          change_summary: summary,
          changed_by: officerId,
        })
        .execute();
      await refreshTimeColumns(trx, agencyId, Date.now());
    });
  } catch (error) {
    if ((error as { code?: string }).code === "23505") {
      throw new AppError(
        409,
        "CALENDAR_CHANGED_CONCURRENTLY",
        "Lịch vừa được người khác thay đổi; hãy tải lại rồi thử lại.",
      );
    }
    throw error;
  }
  return { revision: next.revision, summary };
}

function emptyLayer(agencyId: string | null): CalendarLayer {
  return {
    agencyId,
    revision: 0,
    workingHours: agencyId ? null : [...DEFAULT_WORKING_HOURS],
    overrides: [],
    officialYears: [],
  };
}

/** Keeps the national → agency order of the layers when the changed layer is new. */
function byDepth(layers: CalendarLayer[], changed: string | null) {
  const order = (l: CalendarLayer) => {
    const index = layers.findIndex((x) => x.agencyId === l.agencyId);
    return index >= 0 ? index : l.agencyId === changed ? layers.length : -1;
  };
  return (a: CalendarLayer, b: CalendarLayer) => order(a) - order(b);
}

function assertValid(layers: CalendarLayer[]): void {
  const issues = validateCalendarSpec(combineLayers(layers));
  if (issues.length === 0) return;
  throw new AppError(
    422,
    "CALENDAR_INVALID",
    `Lịch làm việc sau thay đổi không hợp lệ: ${issues.map((i) => i.message).join(" ")}`,
    issues.map((i) => ({ path: i.path, message: i.message })),
  );
}
