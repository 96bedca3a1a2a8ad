import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import type { Db } from "../db/database.ts";
import { AppError } from "./problem.ts";

/** At most `max` requests of one source in each window of `windowSeconds`. */
export interface RateLimit {
  max: number;
  windowSeconds: number;
}

/** The requests limited per source (SEC-6), as configured by the RATE_LIMIT_* variables. */
export interface RateLimits {
  /** Public look-ups of a dossier by its code (CODE-3). */
  lookup: RateLimit;
  /** Officer sign-in attempts that did not succeed. */
  signIn: RateLimit;
  /** Starts of a citizen's e-ID sign-in. */
  eidStart: RateLimit;
  /** File uploads, by officers and citizens. */
  upload: RateLimit;
}
type RateLimitName = keyof RateLimits;

declare module "fastify" {
  interface FastifyContextConfig {
    /** Every request of the route counts against this per-source limit before anything else runs. */
    rateLimit?: RateLimitName;
  }
}

/** 429 with the wait in `Retry-After` (set by `enforceRateLimits`). */
class RateLimited extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      429,
      "RATE_LIMITED",
      `Có quá nhiều yêu cầu từ địa chỉ của bạn; vui lòng thử lại sau ${waitText(retryAfterSeconds)}.`,
    );
  }
}

function waitText(seconds: number): string {
  return seconds < 60 ? `${seconds} giây` : `${Math.ceil(seconds / 60)} phút`;
}

const PURGE_EVERY_MS = 600_000;
const lastPurge = new WeakMap<Db, number>();

/**
 * Counts one request of `source` against `limit` and refuses it once the window holds more than
 * `max`. One atomic statement, so parallel requests and several app instances on the same
 * database share the count exactly.
 */
export async function takeRequest(db: Db, bucket: RateLimitName, source: string, limit: RateLimit) {
  await purgeEndedWindows(db);
  const { rows } = await sql<{ hits: number; retry_after: number }>`
    INSERT INTO rate_limit_counter AS c (bucket, source, hits, window_ends_at)
    VALUES (${bucket}, ${source}, 1, now() + make_interval(secs => ${limit.windowSeconds}))
    ON CONFLICT (bucket, source) DO UPDATE SET
      hits = CASE WHEN c.window_ends_at <= now() THEN 1 ELSE c.hits + 1 END,
      window_ends_at = CASE WHEN c.window_ends_at <= now() THEN excluded.window_ends_at ELSE c.window_ends_at END
    RETURNING hits, greatest(1, ceil(extract(epoch FROM window_ends_at - now())))::int AS retry_after
  `.execute(db);
  const row = rows[0];
  if (row && row.hits > limit.max) throw new RateLimited(row.retry_after);
}

/** Takes back a counted request (a sign-in that succeeded counts for nothing). */
export async function giveBackRequest(db: Db, bucket: RateLimitName, source: string): Promise<void> {
  await db
    .updateTable("rate_limit_counter")
    .set((eb) => ({ hits: sql`greatest(${eb.ref("hits")} - 1, 0)` }))
    .where("bucket", "=", bucket)
    .where("source", "=", source)
    .where("window_ends_at", ">", sql<Date>`now()`)
    .execute();
}

/** Ended windows are dropped now and then, so that the table holds only live counts. */
async function purgeEndedWindows(db: Db): Promise<void> {
  const now = Date.now();
  if (now - (lastPurge.get(db) ?? 0) < PURGE_EVERY_MS) return;
  lastPurge.set(db, now);
  await db.deleteFrom("rate_limit_counter").where("window_ends_at", "<", sql<Date>`now()`).execute();
}

/**
 * Routes that declare `config: { rateLimit }` count each request of its source (the client's IP
 * address as Fastify sees it) before access is checked or the body read; over the limit the
 * answer is 429 `RATE_LIMITED` with `Retry-After` in seconds.
 */
export function enforceRateLimits(app: FastifyInstance, db: Db, limits: RateLimits): void {
  app.addHook("onRequest", async (request) => {
    const name = request.routeOptions.config.rateLimit;
    if (name) await takeRequest(db, name, request.ip, limits[name]);
  });
  app.addHook("onError", async (_request, reply, error) => {
    if (error instanceof RateLimited) reply.header("retry-after", String(error.retryAfterSeconds));
  });
}
