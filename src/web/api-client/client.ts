import type { z } from "zod";
import { Problem } from "../../contracts/problem.ts";

/**
 * An API call that did not succeed. `problem` is the server's problem+json when it sent one;
 * otherwise a client-made problem (`NETWORK_ERROR`, `UNEXPECTED_RESPONSE`) with `fromServer: false`,
 * whose text the UI translates itself instead of showing `detail`.
 */
export class ApiError extends Error {
  readonly problem: Problem;
  readonly fromServer: boolean;

  constructor(problem: Problem, fromServer: boolean) {
    super(`${problem.code}: ${problem.detail}`);
    this.name = "ApiError";
    this.problem = problem;
    this.fromServer = fromServer;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }
}

function clientProblem(
  code: "NETWORK_ERROR" | "UNEXPECTED_RESPONSE",
  status: number,
  detail: string,
): Problem {
  return { type: "about:blank", title: code, status, code, detail };
}

interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Sent as JSON; a `Blob` (an uploaded file) is sent as it is, with its own type. */
  body?: unknown;
  /** Extra headers, e.g. `Idempotency-Key`. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

async function send(
  path: string,
  { method = "GET", body, headers: extra, signal }: RequestOptions,
): Promise<Response> {
  const raw = body instanceof Blob;
  const headers: Record<string, string> = { accept: "application/json, application/problem+json", ...extra };
  if (body !== undefined) headers["content-type"] = raw ? body.type : "application/json";
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: raw ? body : body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(clientProblem("NETWORK_ERROR", 0, "Không kết nối được tới máy chủ."), false);
  }
  if (!response.ok) throw await toApiError(response);
  return response;
}

async function toApiError(response: Response): Promise<ApiError> {
  const parsed = Problem.safeParse(await response.json().catch(() => undefined));
  if (parsed.success) return new ApiError(parsed.data, true);
  return new ApiError(
    clientProblem("UNEXPECTED_RESPONSE", response.status, "Máy chủ trả lời không đúng định dạng."),
    false,
  );
}

/** Calls a JSON endpoint and validates the answer against its contract schema. */
export async function apiJson<S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.output<S>> {
  const response = await send(path, options);
  const parsed = schema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    throw new ApiError(
      clientProblem("UNEXPECTED_RESPONSE", response.status, "Máy chủ trả lời không đúng định dạng."),
      false,
    );
  }
  return parsed.data;
}

/** Calls an endpoint that answers without a body (e.g. 204). */
export async function apiVoid(path: string, options: RequestOptions = {}): Promise<void> {
  await send(path, options);
}

/** Calls an endpoint that answers with a file (e.g. a PDF rendered from the posted data). */
export async function apiBlob(path: string, options: RequestOptions = {}): Promise<Blob> {
  return (await send(path, { ...options, headers: { accept: "*/*", ...options.headers } })).blob();
}
