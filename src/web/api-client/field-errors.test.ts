import { describe, expect, it } from "vitest";
import { ApiError } from "./client.ts";
import { errorUnder, fieldErrors } from "./field-errors.ts";

const problem = (errors: { path: string; message: string }[]) =>
  new ApiError({ type: "about:blank", title: "x", status: 422, code: "X", detail: "Lỗi", errors }, true);

describe("field errors", () => {
  it("keys the server's errors by normalised path, first message first", () => {
    const errors = fieldErrors(
      problem([
        { path: "entries.1", message: "trùng" },
        { path: "workingHours[0]", message: "giờ" },
        { path: "entries.1", message: "lần hai" },
      ]),
    );
    expect(errors).toEqual({ "entries.1": "trùng", "workingHours.0": "giờ" });
  });

  it("finds a nested message under a row", () => {
    const errors = fieldErrors(problem([{ path: "entries.0.to", message: "ngày" }]));
    expect(errorUnder(errors, "entries.0")).toBe("ngày");
    expect(errorUnder(errors, "entries.1")).toBeUndefined();
  });

  it("ignores client-made problems and other errors", () => {
    expect(fieldErrors(new Error("x"))).toEqual({});
  });
});
