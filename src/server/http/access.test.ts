import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import type { Db } from "../db/database.ts";
import { enforceAccess, PUBLIC } from "./access.ts";

describe("access rules are mandatory", () => {
  it("an API route without an access rule stops the application from starting", async () => {
    const app = Fastify();
    enforceAccess(app, {} as Db);
    expect(() => app.get("/api/quen-khai-bao", async () => "ok")).toThrow(/declares no access rule/);
    await app.close();
  });

  it("routes outside the API (static files) need none; declared ones are listed", async () => {
    const app = Fastify();
    enforceAccess(app, {} as Db);
    app.get("/logo.svg", async () => "svg");
    app.get("/api/cong-khai", { config: { access: PUBLIC } }, async () => "ok");
    await app.ready();
    expect(app.declaredRoutes.map((r) => `${r.method} ${r.url}`)).toEqual(["GET /api/cong-khai"]);
    await app.close();
  });
});
