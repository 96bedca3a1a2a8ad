import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from "node:crypto";
import { appendFile, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { canonicalJson } from "./audit-hash.ts";

/**
 * SEC-2: a checkpoint pins the heads of the hash chains at one moment, signed with a key the
 * database does not hold, as one JSON line appended to a file the operator keeps. Anyone who
 * later rewrites or cuts history in the database (even recomputing every hash) no longer matches
 * the checkpoints written before.
 */
interface Checkpoint {
  v: 1;
  at: string;
  /** The audit trail's last row: its sequence number and hash (null: empty trail). */
  audit: { seq: number; hash: string | null };
  /**
   * Dossier events up to `seq` (all committed when the checkpoint was taken): how many, and a
   * digest chained from the previous checkpoint of the file over each new event's
   * `seq dossier version hash`, in `seq` order.
   */
  events: { seq: number; count: number; digest: string };
}

export interface SignedCheckpoint extends Checkpoint {
  signature: string;
}

export interface CheckpointFiles {
  file: string;
  keyFile: string;
}

/** Where checkpoints and their key live: configured, else in DATA_DIR. */
export function checkpointFiles(config: {
  DATA_DIR: string;
  AUDIT_CHECKPOINT_FILE?: string | undefined;
  AUDIT_CHECKPOINT_KEY_FILE?: string | undefined;
}): CheckpointFiles {
  return {
    file: config.AUDIT_CHECKPOINT_FILE ?? path.join(config.DATA_DIR, "audit-checkpoints.jsonl"),
    keyFile: config.AUDIT_CHECKPOINT_KEY_FILE ?? path.join(config.DATA_DIR, "audit-checkpoint.key"),
  };
}

/** The signing key (Ed25519, PKCS#8 PEM); created, readable by its owner only, when missing. */
export async function loadOrCreateSigningKey(keyFile: string): Promise<KeyObject> {
  try {
    return createPrivateKey(await readFile(keyFile));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const { privateKey } = generateKeyPairSync("ed25519");
  await mkdir(path.dirname(keyFile), { recursive: true });
  await writeFile(keyFile, privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600, flag: "wx" });
  return privateKey;
}

/** The key that checks signatures (derived from the signing key file). */
export async function loadVerifyingKey(keyFile: string): Promise<KeyObject> {
  return createPublicKey(createPrivateKey(await readFile(keyFile)));
}

export function signCheckpoint(checkpoint: Checkpoint, key: KeyObject): SignedCheckpoint {
  return {
    ...checkpoint,
    signature: sign(null, Buffer.from(canonicalJson(checkpoint)), key).toString("base64"),
  };
}

export function signatureHolds(line: SignedCheckpoint, key: KeyObject): boolean {
  const { signature, ...checkpoint } = line;
  return verify(null, Buffer.from(canonicalJson(checkpoint)), key, Buffer.from(signature, "base64"));
}

export async function appendCheckpoint(file: string, line: SignedCheckpoint): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await appendFile(file, `${JSON.stringify(line)}\n`, { mode: 0o600 });
}

/** The file's lines, parsed; a line that is not a checkpoint comes back as its number. */
export async function readCheckpoints(file: string): Promise<(SignedCheckpoint | number)[] | null> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, index) => parseLine(line) ?? index + 1);
}

function parseLine(line: string): SignedCheckpoint | null {
  try {
    const value = JSON.parse(line) as SignedCheckpoint;
    const wellFormed =
      value.v === 1 &&
      typeof value.signature === "string" &&
      Number.isInteger(value.audit?.seq) &&
      Number.isInteger(value.events?.seq) &&
      typeof value.events?.digest === "string";
    return wellFormed ? value : null;
  } catch {
    return null;
  }
}
