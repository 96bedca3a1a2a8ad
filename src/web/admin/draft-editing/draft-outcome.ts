import type { TFunction } from "i18next";
import type { Issue } from "../../../domain/forms/issues.ts";
import { ApiError } from "../../api-client/client.ts";
import { errorText } from "../../api-client/error-text.ts";

/** The server's field-level problems, as its problem+json lists them. */
export type ServerErrors = NonNullable<ApiError["problem"]["errors"]>;

/**
 * What the last save (publish, discard) of a versioned draft came to: the server refused the
 * content (422, citing the rule when it broke one), someone saved in between (409), or the call
 * failed otherwise (with the server's field-level problems when the page lists them).
 */
export type DraftOutcome =
  | { kind: "none" }
  | { kind: "saved" }
  | { kind: "refused"; detail: string; rule: string | undefined }
  | { kind: "conflict"; detail: string }
  | { kind: "failed"; text: string; errors?: ServerErrors };

/**
 * The outcome of a refused call of a draft editor: 409 is a conflict, 422 a refusal whose problems
 * go to `onIssues` (each path written the editor's way by `normalizePath`), anything else a failure.
 */
export function outcomeOfSaveError(
  error: unknown,
  t: TFunction,
  onIssues: (issues: Issue[]) => void,
  normalizePath: (path: string) => string,
): DraftOutcome {
  if (error instanceof ApiError && error.fromServer && error.status === 409) {
    return { kind: "conflict", detail: error.problem.detail };
  }
  if (error instanceof ApiError && error.fromServer && error.status === 422) {
    onIssues(
      (error.problem.errors ?? []).map((e) => ({
        path: normalizePath(e.path),
        code: e.code ?? "INVALID",
        message: e.message,
      })),
    );
    return { kind: "refused", detail: error.problem.detail, rule: error.problem.rule };
  }
  return { kind: "failed", text: errorText(error, t) };
}

/** A failure shown with the server's field-level problems, for a page that lists them. */
export function failureWithErrors(error: unknown, t: TFunction): DraftOutcome {
  return {
    kind: "failed",
    text: errorText(error, t),
    errors: error instanceof ApiError ? error.problem.errors : undefined,
  };
}
