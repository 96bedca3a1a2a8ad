import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ApiError, apiJson, apiVoid } from "./client.ts";

const problem = {
  type: "about:blank",
  title: "Unauthorized",
  status: 401,
  code: "AUTH_INVALID_CREDENTIALS",
  detail: "Tên đăng nhập hoặc mật khẩu không đúng.",
};

function respond(status: number, body?: unknown, contentType = "application/json") {
  const init = { status, headers: { "content-type": contentType } };
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response(body === undefined ? null : JSON.stringify(body), init)),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe("api client", () => {
  it("returns the validated body and sends JSON with same-origin credentials", async () => {
    respond(200, { ok: true });
    await expect(
      apiJson("/api/x", z.object({ ok: z.boolean() }), { method: "POST", body: { a: 1 } }),
    ).resolves.toEqual({ ok: true });
    const [url, init] = vi.mocked(fetch).mock.calls[0] ?? [];
    expect(url).toBe("/api/x");
    expect(init?.credentials).toBe("same-origin");
    expect(init?.body).toBe('{"a":1}');
    expect(new Headers(init?.headers).get("content-type")).toBe("application/json");
  });

  it("throws ApiError carrying the server's problem", async () => {
    respond(401, problem, "application/problem+json");
    const error = await apiJson("/api/auth/login", z.unknown()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).fromServer).toBe(true);
    expect((error as ApiError).problem).toEqual(problem);
    expect((error as ApiError).status).toBe(401);
  });

  it("turns a non-problem error body into a client-side problem", async () => {
    respond(502, "<html>Bad gateway</html>", "text/html");
    const error = await apiVoid("/api/auth/logout").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).fromServer).toBe(false);
    expect((error as ApiError).code).toBe("UNEXPECTED_RESPONSE");
    expect((error as ApiError).status).toBe(502);
  });

  it("reports a network failure as NETWORK_ERROR", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("fetch failed");
      }),
    );
    const error = await apiVoid("/api/auth/logout").catch((e: unknown) => e);
    expect((error as ApiError).code).toBe("NETWORK_ERROR");
  });

  it("rejects a body that breaks the contract", async () => {
    respond(200, { ok: "yes" });
    const error = await apiJson("/api/x", z.object({ ok: z.boolean() })).catch((e: unknown) => e);
    expect((error as ApiError).code).toBe("UNEXPECTED_RESPONSE");
  });
});
