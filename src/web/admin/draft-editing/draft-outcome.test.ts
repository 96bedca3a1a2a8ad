import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import type { Issue } from "../../../domain/forms/issues.ts";
import { ApiError } from "../../api-client/client.ts";
import { failureWithErrors, outcomeOfSaveError } from "./draft-outcome.ts";

const t = ((key: string) => `[${key}]`) as unknown as TFunction;

const problem = (
  status: number,
  extra: { rule?: string; errors?: { path: string; message: string }[] } = {},
) =>
  new ApiError(
    { type: "about:blank", title: "x", status, code: "X", detail: "Máy chủ từ chối", ...extra },
    true,
  );

function outcomeOf(error: unknown) {
  const reported: Issue[][] = [];
  const outcome = outcomeOfSaveError(
    error,
    t,
    (issues) => reported.push(issues),
    (path) => `<${path}>`,
  );
  return { outcome, reported };
}

describe("the outcome of a draft editor's refused save", () => {
  it("PRC-1 CFG-2: a save on an older revision (409) is a conflict, reporting no problems", () => {
    expect(outcomeOf(problem(409))).toEqual({
      outcome: { kind: "conflict", detail: "Máy chủ từ chối" },
      reported: [],
    });
  });

  it("PRC-1: a refused definition (422) reports every problem, its path normalised, and the cited rule", () => {
    const { outcome, reported } = outcomeOf(
      problem(422, { rule: "PRC-1", errors: [{ path: "steps.0.name", message: "Thiếu tên" }] }),
    );
    expect(outcome).toEqual({ kind: "refused", detail: "Máy chủ từ chối", rule: "PRC-1" });
    expect(reported).toEqual([[{ path: "<steps.0.name>", code: "INVALID", message: "Thiếu tên" }]]);
  });

  it("CFG-2: any other error is a failure told in words, without the server's problem list", () => {
    expect(outcomeOf(problem(500, { errors: [{ path: "a", message: "b" }] }))).toEqual({
      outcome: { kind: "failed", text: "Máy chủ từ chối" },
      reported: [],
    });
    expect(outcomeOf(new Error("x")).outcome).toEqual({ kind: "failed", text: "[errors.unexpected]" });
  });

  it("CFG-2: a client-made 409 (not from the server) is a failure, not a conflict", () => {
    const offline = new ApiError(
      { type: "about:blank", title: "x", status: 409, code: "NETWORK_ERROR", detail: "x" },
      false,
    );
    expect(outcomeOf(offline).outcome).toEqual({ kind: "failed", text: "[errors.network]" });
  });

  it("keeps the server's problem list for a page that shows it", () => {
    const errors = [{ path: "code", message: "Trùng mã" }];
    expect(failureWithErrors(problem(422, { errors }), t)).toEqual({
      kind: "failed",
      text: "Máy chủ từ chối",
      errors,
    });
    expect(failureWithErrors(new Error("x"), t)).toEqual({
      kind: "failed",
      text: "[errors.unexpected]",
      errors: undefined,
    });
  });
});
