import type { DossierComponent } from "../../../contracts/catalog.ts";
import type { ResultDelivery, StoredFileInfo } from "../../../contracts/dossiers.ts";
import type { LateEntryKind } from "../../../domain/dossier/late-entry.ts";
import type { ReceptionBody } from "../../api-client/reception.ts";
import { parseWallClock, toVietnamIso } from "../../lib/wall-clock.ts";

/** What the officer has entered so far, as typed (empty text is "not given"). */
export interface ReceptionDraft {
  agencyId: string | null;
  channel: "counter" | "post";
  applicant: {
    kind: "individual" | "organization";
    name: string;
    idNumber: string;
    phone: string;
    email: string;
    address: string;
  };
  /** One per component of the procedure's dossier list, in the catalog's order. */
  components: ComponentDraft[];
  formData: Record<string, unknown>;
  resultDelivery: ResultDelivery;
  outcome: OutcomeKind;
  /** Refusal or incompleteness reason. */
  reason: string;
  /** Incomplete: one missing paper a line (Mẫu 02 lists them all at once). */
  missingItems: string;
  /** Not competent: where to go instead. */
  guidance: string;
  competentAgency: string;
  /** SEC-4 / REC-6: received earlier (on paper, off-site), entered now with the real time. */
  lateEntry: {
    open: boolean;
    /** Vietnam wall clock `YYYY-MM-DDTHH:MM`, as the `datetime-local` input gives it. */
    receivedAt: string;
    kind: LateEntryKind | null;
  };
}

export interface ComponentDraft {
  originals: number;
  certifiedCopies: number;
  photocopies: number;
  file: StoredFileInfo | null;
  /**
   * REC-2: the original was shown for comparison and handed back at once — beside its copies, or
   * alone for a paper the catalog only asks to see (an ID card: listed, with no copies).
   */
  shownForComparison: boolean;
}

export const OUTCOME_KINDS = ["complete", "incomplete", "refused", "not_competent"] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export const COPY_KINDS = ["originals", "certifiedCopies", "photocopies"] as const;

export function emptyDraft(): ReceptionDraft {
  return {
    agencyId: null,
    channel: "counter",
    applicant: { kind: "individual", name: "", idNumber: "", phone: "", email: "", address: "" },
    components: [],
    formData: {},
    resultDelivery: "counter",
    outcome: "complete",
    reason: "",
    missingItems: "",
    guidance: "",
    competentAgency: "",
    lateEntry: { open: false, receivedAt: "", kind: null },
  };
}

/**
 * The counts the catalog expects of each required component, as a starting point the officer
 * corrects; an optional one starts at zero copies (not brought until the officer says so, else
 * Mẫu 01 would print it as received).
 */
export function componentDrafts(components: readonly DossierComponent[]): ComponentDraft[] {
  return components.map((c) =>
    c.required
      ? {
          originals: c.originals,
          certifiedCopies: c.certifiedCopies,
          photocopies: c.photocopies,
          file: null,
          shownForComparison: false,
        }
      : { ...emptyComponent },
  );
}

/**
 * The receiving agency to preselect: among the agencies offering the procedure, the officer's own
 * agency or the nearest one above it (a commune's one-stop unit receives for its commune); else the
 * only one offered; else none (the officer chooses).
 */
export function preselectedAgency(
  offered: readonly { id: string }[],
  officerAgencyId: string,
  directory: readonly { id: string; parentId: string | null }[],
): string | null {
  const parentOf = new Map(directory.map((a) => [a.id, a.parentId]));
  const offeredIds = new Set(offered.map((a) => a.id));
  const seen = new Set<string>();
  for (let id: string | null | undefined = officerAgencyId; id && !seen.has(id); id = parentOf.get(id)) {
    if (offeredIds.has(id)) return id;
    seen.add(id);
  }
  return offered.length === 1 ? (offered[0]?.id ?? null) : null;
}

/** The components handed in (some count, a scan) or shown; the others were not brought. */
export function isGiven(component: ComponentDraft): boolean {
  return (
    COPY_KINDS.some((kind) => component[kind] > 0) || component.file !== null || component.shownForComparison
  );
}

/** The catalog keeps no original of this paper (copies only, or nothing): its original may be shown for comparison. */
export function takesOriginalForComparison(component: DossierComponent): boolean {
  return component.originals === 0;
}

/** The names of the required components not handed in: the starting list of a Mẫu 02. */
export function missingRequired(catalog: readonly DossierComponent[], drafts: readonly ComponentDraft[]) {
  return catalog.filter((c, i) => c.required && !isGiven(drafts[i] ?? emptyComponent)).map((c) => c.name);
}

const emptyComponent: ComponentDraft = {
  originals: 0,
  certifiedCopies: 0,
  photocopies: 0,
  file: null,
  shownForComparison: false,
};

const orNull = (text: string) => (text.trim() === "" ? null : text.trim());

function outcomeOf(draft: ReceptionDraft): ReceptionBody["outcome"] {
  switch (draft.outcome) {
    case "complete":
      return { kind: "complete" };
    case "refused":
      return { kind: "refused", reason: draft.reason };
    case "incomplete":
      return {
        kind: "incomplete",
        reason: draft.reason,
        missingItems: draft.missingItems
          .split("\n")
          .map((line) => line.trim())
          .filter(Boolean),
      };
    case "not_competent":
      return {
        kind: "not_competent",
        guidance: draft.guidance,
        competentAgency: orNull(draft.competentAgency),
      };
  }
}

/**
 * The late entry as sent: the wall clock read as Vietnam time. What is left empty or unreadable
 * goes as typed, and the server's answer names the field to fix.
 */
function lateEntryOf({ lateEntry }: ReceptionDraft): ReceptionBody["lateEntry"] {
  if (!lateEntry.open) return null;
  const wallClock = parseWallClock(lateEntry.receivedAt);
  return {
    receivedAt: wallClock ? toVietnamIso(wallClock) : lateEntry.receivedAt,
    kind: lateEntry.kind as LateEntryKind,
  };
}

/**
 * The e-form goes with a complete dossier once the officer has typed something in it; left empty,
 * the applicant's paper form stands (the server requires the e-form online only, REC-4).
 */
export function sendsForm(draft: ReceptionDraft): boolean {
  return draft.outcome === "complete" && Object.keys(draft.formData).length > 0;
}

/**
 * The body of `POST /api/dossiers`, and for each component sent its index in the catalog (the
 * server's `components.N` paths are positions in the body). `hasForm`: the procedure has a
 * published e-form.
 */
export function toRequest(
  draft: ReceptionDraft,
  procedureId: string,
  hasForm: boolean,
): { body: ReceptionBody; componentIndexes: number[] } {
  const given = draft.components.flatMap((c, index) => (isGiven(c) ? [{ c, index }] : []));
  const { applicant } = draft;
  return {
    body: {
      agencyId: draft.agencyId ?? "",
      procedureId,
      channel: draft.channel,
      applicant: {
        kind: applicant.kind,
        name: applicant.name,
        idNumber: orNull(applicant.idNumber),
        phone: orNull(applicant.phone),
        email: orNull(applicant.email),
        address: orNull(applicant.address),
      },
      components: given.map(({ c, index }) => ({
        index,
        originals: c.originals,
        certifiedCopies: c.certifiedCopies,
        photocopies: c.photocopies,
        fileId: c.file?.id ?? null,
        shownForComparison: c.shownForComparison,
      })),
      formData: hasForm && sendsForm(draft) ? draft.formData : null,
      resultDelivery: draft.resultDelivery,
      outcome: outcomeOf(draft),
      lateEntry: lateEntryOf(draft),
    },
    componentIndexes: given.map(({ index }) => index),
  };
}

/**
 * The server's field errors with component paths renamed to the catalog's positions
 * (`components.1.originals` of the body → `components.3.originals` on the page).
 */
export function pageErrors(errors: Record<string, string>, componentIndexes: readonly number[]) {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const m = /^components\.(\d+)(.*)$/.exec(path);
    const index = m ? componentIndexes[Number(m[1])] : undefined;
    out[m && index !== undefined ? `components.${index}${m[2]}` : path] = message;
  }
  return out;
}
