import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "./testing/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ BODY_LIMIT_BYTES: 4096 });
});
afterAll(() => t.close());

function expectProblem(
  response: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
  status: number,
  code: string,
) {
  expect(response.statusCode).toBe(status);
  expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
  const body = response.json() as { code: string; detail: string; status: number };
  expect(body.code).toBe(code);
  expect(body.status).toBe(status);
  expect(body.detail.length).toBeGreaterThan(5);
  return body;
}

describe("health", () => {
  it("answers /healthz and /readyz when the database is up", async () => {
    expect((await t.app.inject({ url: "/healthz" })).json()).toEqual({ status: "ok" });
    expect((await t.app.inject({ url: "/readyz" })).json()).toEqual({ status: "ok" });
  });

  it("echoes a safe x-request-id and makes one up otherwise", async () => {
    const given = await t.app.inject({ url: "/healthz", headers: { "x-request-id": "abc-123" } });
    expect(given.headers["x-request-id"]).toBe("abc-123");
    const made = await t.app.inject({ url: "/healthz", headers: { "x-request-id": "<script>" } });
    expect(made.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("bad input is a problem+json 4xx, never a 500", () => {
  it("unknown route → 404 ROUTE_NOT_FOUND in Vietnamese", async () => {
    const body = expectProblem(await t.app.inject({ url: "/api/khong-co" }), 404, "ROUTE_NOT_FOUND");
    expect(body.detail).toContain("Không có địa chỉ");
  });

  it("malformed JSON → 400 MALFORMED_JSON", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json" },
      payload: '{"username": "admin",',
    });
    expectProblem(response, 400, "MALFORMED_JSON");
  });

  it("oversized body → 413 BODY_TOO_LARGE", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ username: "admin", password: "x".repeat(10_000) }),
    });
    expectProblem(response, 413, "BODY_TOO_LARGE");
  });

  it("a body that is not JSON → 415 UNSUPPORTED_MEDIA_TYPE", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "text/plain" },
      payload: "username=admin",
    });
    expectProblem(response, 415, "UNSUPPORTED_MEDIA_TYPE");
  });

  it("a body that breaks the contract → 400 VALIDATION_FAILED naming the field", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "admin" },
    });
    const body = expectProblem(response, 400, "VALIDATION_FAILED") as unknown as {
      errors: { path: string }[];
    };
    expect(body.errors.map((e) => e.path)).toContain("password");
  });
});

describe("OpenAPI", () => {
  it("is generated from the zod contracts and browsable at /api/docs", async () => {
    const spec = (await t.app.inject({ url: "/api/docs/json" })).json() as { paths: Record<string, unknown> };
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(["/api/auth/login", "/api/public/agencies", "/readyz"]),
    );
    const ui = await t.app.inject({ url: "/api/docs/" });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers["content-type"]).toMatch(/text\/html/);
  });
});

describe("site facts", () => {
  it("publishes the province, operator and hotline from configuration", async () => {
    const site = (await t.app.inject({ url: "/api/public/site" })).json();
    expect(site).toMatchObject({ provinceName: "Tỉnh Thanh Hóa", hotline: "0237 3721 888" });
  });
});
