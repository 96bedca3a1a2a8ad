import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actionLabelKey } from "../../../web/admin/audit/audit-actions.ts";
import { vi } from "../../../web/i18n/vi/index.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** The Vietnamese message at a dotted key, or undefined. */
function message(key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], vi);
}

describe("SEC-2: the audit viewer names every audited action in words", () => {
  it("SEC-2: every API route has a Vietnamese label, not its raw route", () => {
    const unnamed = t.app.declaredRoutes
      .map((route) => `${route.method} ${route.url}`)
      .filter((action) => !["GET /healthz", "GET /readyz"].includes(action))
      .filter((action) => {
        const key = actionLabelKey(action);
        return !key || typeof message(key) !== "string";
      });
    expect(unnamed).toEqual([]);
  });
});
