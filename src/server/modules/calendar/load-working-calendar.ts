import { createWorkingCalendar, type WorkingCalendar } from "../../../domain/calendar/index.ts";
import type { Db } from "../../db/database.ts";
import { requireAgency } from "../organization/require-agency.ts";
import {
  type CalendarLayer,
  combineLayers,
  layersOf,
  revisionKey,
  revisionsInForce,
} from "./calendar-layers.ts";

interface LoadedCalendar {
  calendar: WorkingCalendar;
  layers: CalendarLayer[];
  revisionKey: string;
}

/**
 * Compiled calendars (with the layers they were made of) by revision key. Safe with several app
 * instances: a change makes a new revision, hence a new key, so a cached calendar is never stale,
 * only unused. Only the revision numbers are read on each call; the levels' contents when a key is
 * new.
 */
const compiled = new Map<string, Omit<LoadedCalendar, "revisionKey">>();
const MAX_CACHED = 500;

/** Agencies known to exist (an agency is never deleted, CFG-3: only its levels and names change). */
const knownAgencies = new Set<string>();
const MAX_KNOWN = 100_000;

/** The working calendar in force for an agency (or the national one when agencyId is null). */
export async function loadWorkingCalendar(db: Db, agencyId: string | null): Promise<LoadedCalendar> {
  if (agencyId && !knownAgencies.has(agencyId)) {
    await requireAgency(db, agencyId);
    if (knownAgencies.size < MAX_KNOWN) knownAgencies.add(agencyId);
  }
  const revisions = await revisionsInForce(db, agencyId);
  const key = revisionKey(revisions);
  let loaded = compiled.get(key);
  if (!loaded) {
    const layers = await layersOf(db, revisions);
    loaded = { calendar: createWorkingCalendar(combineLayers(layers)), layers };
    if (compiled.size >= MAX_CACHED) compiled.delete(compiled.keys().next().value as string);
    compiled.set(key, loaded);
  }
  return { ...loaded, revisionKey: key };
}
