import { useEffect, useState } from "react";
import type { DueDatePreview, DueDateQuery } from "../../../contracts/calendar.ts";
import { api } from "../../api-client/endpoints.ts";

/** Wait this long after the last keystroke before asking the server. */
const DEBOUNCE_MS = 300;

export type DuePreviewState =
  | { status: "idle" }
  /** `last` is the previous answer, kept on screen (dimmed) while the new one is on its way. */
  | { status: "loading"; last: DueDatePreview | null }
  | { status: "ready"; preview: DueDatePreview }
  | { status: "error"; error: unknown };

/**
 * The server's due-date preview for `query` (null: the inputs are not valid yet), debounced; a newer
 * query cancels the request of an older one.
 */
export function useDuePreview(query: DueDateQuery | null): DuePreviewState {
  const [state, setState] = useState<DuePreviewState>({ status: "idle" });
  // The query as a value, so that a new object with the same fields does not ask again.
  const key = query === null ? null : JSON.stringify(query);

  useEffect(() => {
    if (key === null) {
      setState({ status: "idle" });
      return;
    }
    const request = JSON.parse(key) as DueDateQuery;
    setState((previous) => ({ status: "loading", last: lastPreview(previous) }));
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api.dueDate(request, controller.signal).then(
        (preview) => setState({ status: "ready", preview }),
        (error: unknown) => {
          if (!controller.signal.aborted) setState({ status: "error", error });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key]);

  return state;
}

function lastPreview(state: DuePreviewState): DueDatePreview | null {
  if (state.status === "ready") return state.preview;
  if (state.status === "loading") return state.last;
  return null;
}
