import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { parseStatusReason, statusReasonText } from "./status-reason.ts";

const t = ((key: string) => `[${key}]`) as unknown as TFunction;

describe("account status reasons (ACC-1, ACC-2)", () => {
  it("reads the reason code and the administrator's note", () => {
    expect(parseStatusReason("lost")).toEqual({ code: "lost", note: null });
    expect(parseStatusReason("misused: dùng chung: mật khẩu")).toEqual({
      code: "misused",
      note: "dùng chung: mật khẩu",
    });
  });

  it("labels known codes and keeps anything else as written", () => {
    expect(statusReasonText("too_many_failures", t)).toBe("[accounts.reasons.too_many_failures]");
    expect(statusReasonText("moved: Sở Y tế", t)).toBe("[accounts.reasons.moved] — Sở Y tế");
    expect(statusReasonText("nghỉ phép dài hạn", t)).toBe("nghỉ phép dài hạn");
  });
});
