import { randomUUID } from "node:crypto";
import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, signInAs, type TestApp } from "../testing/test-app.ts";

/**
 * Rule 6 of the house (bad input → 4xx, never 5xx), over every operation of the OpenAPI document
 * the app generates from its contracts: each path and query parameter gets a NUL, a lone UTF-16
 * surrogate or an overlong number; bodies are sent empty, broken, as a bare string and as text;
 * each field of a plausible JSON body gets a NUL, a lone surrogate, a huge number or a wrong type.
 * Anonymously, and as an officer whose role passes the operation's access check. Any 5xx fails,
 * and so does a database error echoed in an answer.
 */

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  format?: string;
  minimum?: number;
  minLength?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}
interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: JsonSchema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}
interface Endpoint {
  method: InjectOptions["method"];
  path: string;
  operation: Operation;
}

const NUL = "a\u0000b";
const LONE_SURROGATE = "a\ud800b";
/** Raw (already percent-encoded) URL values: NUL, a CESU-8 surrogate, an overlong number. */
const URL_VALUES = ["a%00b", "%ED%A0%80", "99999999999999999999999"];
/** Replacements of one JSON value, by the kind of value replaced. */
const JSON_VALUES: Record<string, unknown[]> = {
  string: [NUL, LONE_SURROGATE, 1e308],
  number: [1e308, -99999999999, NUL],
  boolean: [LONE_SURROGATE],
  object: [null, NUL],
};
const JSON_TYPE = { "content-type": "application/json" };
/** Broad roles between them: the system administrator and the provincial procedure control office. */
const OFFICERS = ["admin", "kstthc"];

let t: TestApp;
let endpoints: Endpoint[];
const failures: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  const document = t.app.swagger() as unknown as { paths: Record<string, Record<string, Operation>> };
  endpoints = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method.toUpperCase() as InjectOptions["method"],
      path,
      operation,
    })),
  );
});
afterAll(() => t.close());

/** A plausible value of a schema: the first enum value, a value of its format, or one of its type. */
function sample(schema: JsonSchema | undefined, depth = 0): unknown {
  if (!schema || depth > 6) return "a";
  const alternative = schema.anyOf?.[0] ?? schema.oneOf?.[0] ?? schema.allOf?.[0];
  if (alternative) return sample(alternative, depth + 1);
  if (schema.enum?.length) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type.find((x) => x !== "null") : schema.type;
  if (type === "object")
    return Object.fromEntries(
      Object.entries(schema.properties ?? {}).map(([name, property]) => [name, sample(property, depth + 1)]),
    );
  if (type === "array") return [sample(schema.items, depth + 1)];
  if (type === "integer" || type === "number") return Math.max(schema.minimum ?? 1, 1);
  if (type === "boolean") return true;
  const formats: Record<string, string> = {
    uuid: randomUUID(),
    date: "2026-03-02",
    "date-time": "2026-03-02T08:00:00.000Z",
    email: "a@example.vn",
    uri: "https://example.vn/",
  };
  return formats[schema.format ?? ""] ?? "a".repeat(Math.max(schema.minLength ?? 1, 1));
}

/** The path to every value inside a sample body, to replace one at a time. */
function valuePaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const children =
    value && typeof value === "object"
      ? Object.entries(value).flatMap(([key, item]) =>
          valuePaths(item, [...prefix, Array.isArray(value) ? Number(key) : key]),
        )
      : [];
  return prefix.length ? [prefix, ...children] : children;
}

function valueAt(value: unknown, at: (string | number)[]): unknown {
  return at.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value);
}

function replaced(value: unknown, at: (string | number)[], replacement: unknown): unknown {
  if (at.length === 0) return replacement;
  const [head, ...rest] = at as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head] = replaced(copy[head], rest, replacement);
  return copy;
}

/** A request the contract would plausibly accept: sample path, required query and body values. */
function plausible({ method, path, operation }: Endpoint) {
  const parameters = operation.parameters ?? [];
  const encoded = (where: Parameter["in"], all: boolean) =>
    Object.fromEntries(
      parameters
        .filter((p) => p.in === where && (all || p.required))
        .map((p) => [p.name, encodeURIComponent(String(sample(p.schema)))]),
    );
  const pathParams = encoded("path", true);
  const query = encoded("query", false);
  const urlWith = (params: Record<string, string>, search: Record<string, string>) => {
    const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? "x");
    const pairs = Object.entries(search).map(([name, value]) => `${encodeURIComponent(name)}=${value}`);
    return pairs.length ? `${filled}?${pairs.join("&")}` : filled;
  };
  const schema = operation.requestBody?.content?.["application/json"]?.schema;
  const body = schema ? sample(schema) : undefined;
  const request: InjectOptions = {
    method,
    url: urlWith(pathParams, query),
    ...(body === undefined ? {} : { payload: JSON.stringify(body), headers: JSON_TYPE }),
  };
  return { parameters, pathParams, query, urlWith, body, request };
}

/**
 * The malformed requests of one operation: each URL parameter spoiled, bodies that are not JSON
 * and, with `fields`, each value of a plausible body replaced by a value of the wrong kind.
 */
function malformedRequests(endpoint: Endpoint, fields: boolean): InjectOptions[] {
  const { parameters, pathParams, query, urlWith, body, request } = plausible(endpoint);
  const requests: InjectOptions[] = parameters.flatMap((parameter) =>
    URL_VALUES.flatMap((value) => {
      if (parameter.in === "path")
        return [{ ...request, url: urlWith({ ...pathParams, [parameter.name]: value }, query) }];
      if (parameter.in === "query")
        return [{ ...request, url: urlWith(pathParams, { ...query, [parameter.name]: value }) }];
      return [];
    }),
  );
  if (endpoint.method === "GET" || endpoint.method === "DELETE") return requests;
  const { method, url } = request;
  requests.push(
    { method, url, headers: JSON_TYPE, payload: "" },
    { method, url, headers: JSON_TYPE, payload: '{"a":' },
    { method, url, headers: JSON_TYPE, payload: '"\\u0000"' },
    { method, url, headers: { "content-type": "text/plain" }, payload: "a" },
  );
  if (!fields) return requests;
  for (const at of valuePaths(body)) {
    for (const value of JSON_VALUES[typeof valueAt(body, at)] ?? [])
      requests.push({ method, url, headers: JSON_TYPE, payload: JSON.stringify(replaced(body, at, value)) });
  }
  return requests;
}

/** Sends the requests a few at a time; records every 5xx and every echoed database message. */
async function sendAll(requests: InjectOptions[], cookie: string | undefined): Promise<number> {
  for (let i = 0; i < requests.length; i += 16) {
    const batch = requests
      .slice(i, i + 16)
      .map((r) => ({ ...r, headers: { ...r.headers, ...(cookie ? { cookie } : {}) } }));
    const responses = await Promise.all(batch.map((r) => t.app.inject(r)));
    responses.forEach((response, j) => {
      const leak =
        /invalid byte sequence|syntax for type|out of range|Unicode|surrogate|violates|relation "/i;
      if (response.statusCode < 500 && !leak.test(response.body)) return;
      const request = batch[j] as InjectOptions;
      failures.push(
        `${response.statusCode} ${request.method} ${String(request.url).slice(0, 120)} ${String(request.payload ?? "").slice(0, 120)} → ${response.body.slice(0, 200)}`,
      );
    });
  }
  return requests.length;
}

/** The officer's session, signed in again when an operation (sign-out, password) closed it. */
async function liveSession(username: string, cookie: string | undefined): Promise<string> {
  if (cookie && (await t.app.inject({ url: "/api/auth/me", headers: { cookie } })).statusCode === 200)
    return cookie;
  return signInAs(t.app, username);
}

/** Whether a plausible request passes the operation's access check (is neither 401 nor 403). */
async function reaches(endpoint: Endpoint, cookie: string): Promise<boolean> {
  const { request } = plausible(endpoint);
  const response = await t.app.inject({ ...request, headers: { ...request.headers, cookie } });
  return response.statusCode !== 401 && response.statusCode !== 403;
}

function isPublic({ method, path }: Endpoint): boolean {
  const url = path.replace(/\{(\w+)\}/g, ":$1");
  const route = t.app.declaredRoutes.find((r) => r.method === method && r.url === url);
  return route === undefined || route.access?.kind === "public";
}

describe("rule 6: malformed input to every operation of the OpenAPI document is a 4xx, never a 5xx", () => {
  it("covers the whole document", () => {
    expect(endpoints.length).toBeGreaterThanOrEqual(120);
  });

  it("anonymously (body fields of the public operations)", async () => {
    failures.length = 0;
    let sent = 0;
    for (const endpoint of endpoints)
      sent += await sendAll(malformedRequests(endpoint, isPublic(endpoint)), undefined);
    expect(sent).toBeGreaterThan(500);
    expect(failures).toEqual([]);
  }, 120_000);

  it("as an officer whose role passes the access check (body fields of every operation reached)", async () => {
    failures.length = 0;
    const cookies = new Map<string, string>();
    let sent = 0;
    let reached = 0;
    for (const endpoint of endpoints) {
      let chosen: string | undefined;
      for (const officer of OFFICERS) {
        const cookie = await liveSession(officer, cookies.get(officer));
        cookies.set(officer, cookie);
        if (chosen === undefined && (await reaches(endpoint, cookie))) chosen = cookie;
      }
      if (chosen) reached++;
      sent += await sendAll(
        malformedRequests(endpoint, chosen !== undefined),
        chosen ?? cookies.get("admin"),
      );
    }
    expect(reached).toBeGreaterThan(endpoints.length / 2);
    expect(sent).toBeGreaterThan(1000);
    expect(failures).toEqual([]);
  }, 120_000);
});

describe("rule 6: text PostgreSQL cannot store is refused at the boundary with 400 INVALID_CHARACTERS", () => {
  const refused = (response: { statusCode: number; json(): unknown }) => {
    expect(response.statusCode).toBe(400);
    const body = response.json() as { code: string; errors: { path: string }[] };
    expect(body.code).toBe("INVALID_CHARACTERS");
    return body.errors.map((e) => e.path);
  };

  it("a NUL in a path segment, without signing in: 400 naming the parameter, no database text", async () => {
    const response = await t.app.inject({ url: "/api/catalog/procedures/%00" });
    expect(refused(response)).toEqual(["params.idOrCode"]);
    expect(response.body).not.toMatch(/invalid byte sequence|UTF8/);
  });

  it("SEC-2: the refused change is still audited, its path parameter made storable", async () => {
    const response = await t.app.inject({ method: "POST", url: "/api/dossiers/a%00b/pause", payload: {} });
    refused(response);
    const row = await t.database.db
      .selectFrom("audit_log")
      .select(["status", "outcome", "object_id", "action"])
      .where("request_id", "=", String(response.headers["x-request-id"]))
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      status: 400,
      outcome: "rejected",
      object_id: "a\ufffdb",
      action: "POST /api/dossiers/:dossierId/pause",
    });
  });

  it("a lone UTF-16 surrogate in a text field, and a NUL in a calendar day's name", async () => {
    const login = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: `{"username":"a\\ud800","password":"x"}`,
      headers: JSON_TYPE,
    });
    expect(refused(login)).toEqual(["body.username"]);
    const cookie = await signInAs(t.app, "admin");
    const day = await t.app.inject({
      method: "PUT",
      url: "/api/admin/calendar/days/2026-03-04",
      headers: { cookie },
      payload: { kind: "day_off", name: "Nghỉ\u0000bão" },
    });
    expect(refused(day)).toEqual(["body.name"]);
  });

  it("paired surrogates (emoji, rare Hán characters) are ordinary text", async () => {
    const response = await t.app.inject({ url: `/api/catalog/procedures?q=${encodeURIComponent("𠀀😀")}` });
    expect(response.statusCode).toBe(200);
  });
});
