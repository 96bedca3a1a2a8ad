import { rename, writeFile } from "node:fs/promises";
import type { Page } from "playwright-core";

/** Every demo officer's password (src/server/db/seed). */
export const DEMO_PASSWORD = "Motcua@2026";

/** Signs a demo officer in over the API; the session cookie to send with later calls. */
export async function officerCookie(baseUrl: string, username: string): Promise<string> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`${username} could not sign in: ${login.status}`);
  return (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

/** Signs a demo officer in inside the page's browser context (its cookie jar). */
export async function signInPage(page: Page, baseUrl: string, username: string): Promise<void> {
  const login = await page.request.post(`${baseUrl}/api/auth/login`, {
    data: { username, password: DEMO_PASSWORD },
  });
  if (!login.ok()) throw new Error(`${username} could not sign in: ${login.status()}`);
}

/** A JSON call as an officer: the status and the parsed answer. */
export async function officerCall<T = Record<string, unknown>>(
  baseUrl: string,
  cookie: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const answer = await fetch(`${baseUrl}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { cookie, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: answer.status, body: (await answer.json()) as T };
}

/**
 * Moves the server's dossier clock (TEST_CLOCK_FILE) `offsetMs` away from the real time; 0 puts it
 * back. Written aside and renamed over, so that the server never reads half a file.
 */
export async function setServerClock(clockFile: string, offsetMs: number): Promise<void> {
  await writeFile(`${clockFile}.tmp`, JSON.stringify({ offsetMs }));
  await rename(`${clockFile}.tmp`, clockFile);
}
