import { generateKeyPair, randomBytes, randomUUID } from "node:crypto";
import { promisify } from "node:util";
import type { Db } from "../../db/database.ts";

/** The simulator's own secrets: ID-token signing keys, cookie keys, motcua's client secret. */
export interface SimulatorSecrets {
  jwks: { keys: Record<string, unknown>[] };
  cookieKeys: string[];
  clientSecret: string;
}

const loaded = new WeakMap<Db, Promise<SimulatorSecrets>>();

/**
 * Reads the secrets from PostgreSQL, generating them the first time. Every app instance on the
 * database gets the same ones, so tokens, cookies and sessions survive restarts and load balancing.
 */
export function simulatorSecrets(db: Db): Promise<SimulatorSecrets> {
  let secrets = loaded.get(db);
  if (!secrets) {
    secrets = loadOrCreate(db);
    secrets.catch(() => loaded.delete(db));
    loaded.set(db, secrets);
  }
  return secrets;
}

async function loadOrCreate(db: Db): Promise<SimulatorSecrets> {
  const existing = await read(db);
  if (existing) return existing;
  const { privateKey } = await promisify(generateKeyPair)("rsa", { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: "jwk" }), kid: randomUUID(), use: "sig", alg: "RS256" };
  await db
    .insertInto("eid_simulator_secret")
    .values({
      id: 1,
      jwks: JSON.stringify({ keys: [signingKey] }),
      cookie_keys: [randomBytes(32).toString("base64url")],
      client_secret: randomBytes(32).toString("base64url"),
    })
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
  // Another instance may have won the race: whatever is stored is what everyone uses.
  const stored = await read(db);
  if (!stored) throw new Error("e-ID simulator secrets could not be stored");
  return stored;
}

async function read(db: Db): Promise<SimulatorSecrets | undefined> {
  const row = await db
    .selectFrom("eid_simulator_secret")
    .select(["jwks", "cookie_keys", "client_secret"])
    .where("id", "=", 1)
    .executeTakeFirst();
  return row && { jwks: row.jwks, cookieKeys: row.cookie_keys, clientSecret: row.client_secret };
}
