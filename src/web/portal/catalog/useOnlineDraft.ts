import { useEffect, useRef, useState } from "react";
import type { StoredFileInfo } from "../../../contracts/dossiers.ts";
import type { OnlineDraft, PrefillResponse } from "../../../contracts/online-drafts.ts";
import { ApiError } from "../../api-client/client.ts";
import { submissionApi } from "./submission-api.ts";
import { componentsOf, type SubmissionDraft } from "./submission-steps.ts";

/** How long after the last change a draft is saved (a step change saves at once). */
const SAVE_DELAY_MS = 1200;

export interface StartingDraft {
  draft: SubmissionDraft;
  step: number;
  /** REC-5: the fields pre-filled with the citizen's consent (empty when none or resumed). */
  prefill: PrefillResponse | null;
}

/**
 * Issue #14: where the submission starts: the server's draft when there is one (another device,
 * a reload), else a new draft pre-filled with the citizen's consent (REC-5). Null while loading.
 */
export function useStartingDraft(procedureId: string, fresh: () => SubmissionDraft): StartingDraft | null {
  const [start, setStart] = useState<StartingDraft | null>(null);
  const make = useRef(fresh);
  useEffect(() => {
    const controller = new AbortController();
    loadStart(procedureId, make.current(), controller.signal).then(setStart, () => {
      if (!controller.signal.aborted) setStart({ draft: make.current(), step: 0, prefill: null });
    });
    return () => controller.abort();
  }, [procedureId]);
  return start;
}

async function loadStart(
  procedureId: string,
  fresh: SubmissionDraft,
  signal: AbortSignal,
): Promise<StartingDraft> {
  const saved = await submissionApi.draft(procedureId, signal).catch((error: unknown) => {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  });
  if (saved) return { draft: resumed(saved, fresh), step: saved.step, prefill: null };
  const prefill = await submissionApi.prefill(procedureId, signal).catch(() => null);
  const formData = { ...(prefill?.values ?? {}), ...fresh.formData };
  return { draft: { ...fresh, formData }, step: 0, prefill };
}

function resumed(saved: OnlineDraft, fresh: SubmissionDraft): SubmissionDraft {
  const files: Record<number, StoredFileInfo[]> = {};
  for (const { index, file } of saved.components) files[index] = [...(files[index] ?? []), file];
  return {
    key: saved.idempotencyKey,
    agencyId: saved.agencyId ?? fresh.agencyId,
    formData: saved.formData,
    files,
    resultDelivery: saved.resultDelivery,
  };
}

/**
 * Saves the draft on the server as the citizen goes: at once when the step changes, else a moment
 * after the last change. `stop()` (after sending) cancels a pending save. Failures are quiet: the
 * next change tries again, and the submission itself does not depend on the draft.
 */
export function useDraftSaving(
  procedureId: string,
  formVersion: number,
  draft: SubmissionDraft,
  step: number,
): { stop: () => void } {
  const stopped = useRef(false);
  const lastStep = useRef(step);
  const untouched = useRef<SubmissionDraft | null>(draft);
  useEffect(() => {
    // Opening the page is not a change: the draft is first saved when the citizen does something.
    if (stopped.current || untouched.current === draft) return;
    untouched.current = null;
    const save = () => {
      if (stopped.current) return;
      void submissionApi
        .saveDraft(procedureId, {
          idempotencyKey: draft.key,
          formVersion,
          step,
          agencyId: draft.agencyId || null,
          formData: draft.formData,
          components: componentsOf(draft.files),
          resultDelivery: draft.resultDelivery,
        })
        .catch(() => undefined);
    };
    const delay = lastStep.current === step ? SAVE_DELAY_MS : 0;
    lastStep.current = step;
    const timer = window.setTimeout(save, delay);
    return () => window.clearTimeout(timer);
  }, [procedureId, formVersion, draft, step]);
  return {
    stop: () => {
      stopped.current = true;
    },
  };
}
