import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Problem } from "../../contracts/problem.ts";
import { AppError } from "./problem.ts";

const INVALID = "chứa ký tự NUL hoặc một nửa cặp mã UTF-16 (ký tự không hợp lệ)";
/** A NUL, or a UTF-16 surrogate not in a pair. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const EVERY_UNSTORABLE = new RegExp(UNSTORABLE.source, "g");

/**
 * Text PostgreSQL cannot store: a NUL, or a lone UTF-16 surrogate (a `text` column refuses the
 * first, a `jsonb` value the second). Checked here, once for every route, rather than in each
 * contract: params, query string and JSON body, keys included.
 */
function isStorable(text: string): boolean {
  return !UNSTORABLE.test(text);
}

function madeStorable(text: string): string {
  return text.replace(EVERY_UNSTORABLE, "\ufffd");
}

/** The place of every unstorable string in a parsed value, as `body.applicant.fullName`. */
export function unstorablePaths(value: unknown, at: string, found: string[] = []): string[] {
  if (typeof value === "string") {
    if (!isStorable(value)) found.push(at);
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) unstorablePaths(item, `${at}.${i}`, found);
  } else if (value !== null && typeof value === "object" && !Buffer.isBuffer(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (!isStorable(key)) found.push(`${at}.${madeStorable(key)}`);
      unstorablePaths(item, `${at}.${key}`, found);
    }
  }
  return found;
}

/** The value with every unstorable character replaced by U+FFFD, so it can still be recorded. */
function storable(params: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, madeStorable(value)]));
}

/**
 * Rule 6 of the house (bad input → 4xx): refuses unstorable text with 400 INVALID_CHARACTERS before
 * the access check and the handler, so it never reaches the database (which would answer an error
 * we must not echo). The path parameters are made storable first: the audit record of the refused
 * request (SEC-2) names them.
 */
export function refuseUnstorableText(app: FastifyInstance): void {
  app.addHook("preValidation", async (request: FastifyRequest) => {
    const found = [
      ...unstorablePaths(request.params, "params"),
      ...unstorablePaths(request.query, "query"),
      ...unstorablePaths(request.body, "body"),
    ];
    if (found.length === 0) return;
    request.params = storable((request.params ?? {}) as Record<string, string>);
    const errors: Problem["errors"] = found.map((path) => ({ path, message: INVALID }));
    throw new AppError(
      400,
      "INVALID_CHARACTERS",
      "Dữ liệu gửi lên chứa ký tự không hợp lệ (NUL hoặc mã UTF-16 lẻ); hãy xóa các ký tự đó rồi gửi lại.",
      errors,
    );
  });
}
