import { createWorkingCalendar, type WorkingCalendar } from "../../../domain/calendar/index.ts";
import type { Db } from "../../db/database.ts";
import { requireAgency } from "../organization/require-agency.ts";
import { type CalendarLayer, combineLayers, layersInForce, revisionKey } from "./calendar-layers.ts";

interface LoadedCalendar {
  calendar: WorkingCalendar;
  layers: CalendarLayer[];
  revisionKey: string;
}

/**
 * Compiled calendars by revision key. Safe with several app instances: a change makes a new
 * revision, hence a new key, so a cached calendar is never stale, only unused.
 */
const compiled = new Map<string, WorkingCalendar>();
const MAX_CACHED = 500;

/** The working calendar in force for an agency (or the national one when agencyId is null). */
export async function loadWorkingCalendar(db: Db, agencyId: string | null): Promise<LoadedCalendar> {
  if (agencyId) await requireAgency(db, agencyId);
  const layers = await layersInForce(db, agencyId);
  const key = revisionKey(layers);
  let calendar = compiled.get(key);
  if (!calendar) {
    calendar = createWorkingCalendar(combineLayers(layers));
    if (compiled.size >= MAX_CACHED) compiled.delete(compiled.keys().next().value as string);
    compiled.set(key, calendar);
  }
  return { calendar, layers, revisionKey: key };
}
