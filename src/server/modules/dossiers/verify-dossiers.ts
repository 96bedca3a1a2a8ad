import { isDeepStrictEqual } from "node:util";
import { type Dossier, type DossierEvent, replay } from "../../../domain/dossier/index.ts";
import type { Db } from "../../db/database.ts";
import type { DossierEventRow } from "../../db/schema/dossiers.ts";
import type { Finding } from "../audit/finding.ts";
import { checkChain, eventOfRow } from "./event-hash.ts";

const BATCH = 1_000;

const EVENT_COLUMNS = [
  "type",
  "dossier_id",
  "version",
  "at",
  "actor",
  "rule",
  "payload",
  "prev_hash",
  "hash",
] as const;
type EventRow = Pick<DossierEventRow, (typeof EVENT_COLUMNS)[number]>;

/**
 * House rules 2 and 3, for every dossier, a batch at a time: its events form an unbroken hash
 * chain, and its stored row is what replaying them gives (state, and the columns copied from it
 * that the public look-up and the inbox show).
 */
export async function verifyDossiers(
  db: Db,
): Promise<{ dossiers: number; events: number; findings: Finding[] }> {
  const findings: Finding[] = [];
  let dossiers = 0;
  let events = 0;
  // The next batch is read while this one is checked.
  let next = readBatch(db, "00000000-0000-0000-0000-000000000000");
  for (;;) {
    const { rows, history } = await next;
    if (rows.length === 0) break;
    next = readBatch(db, rows[rows.length - 1]?.id ?? "");
    for (const row of rows) {
      const own = history.get(row.id) ?? [];
      findings.push(...checkDossier(row, own));
      events += own.length;
    }
    dossiers += rows.length;
  }
  return { dossiers, events, findings };
}

async function readBatch(db: Db, after: string) {
  const rows = await db
    .selectFrom("dossier")
    .select(["id", "code", "state", "version", "status", "applicant_name"])
    .where("id", ">", after)
    .orderBy("id")
    .limit(BATCH)
    .execute();
  const history =
    rows.length === 0
      ? new Map<string, EventRow[]>()
      : await eventsOf(
          db,
          rows.map((row) => row.id),
        );
  return { rows, history };
}

async function eventsOf(db: Db, ids: string[]): Promise<Map<string, EventRow[]>> {
  const rows = await db
    .selectFrom("dossier_event")
    .select(EVENT_COLUMNS)
    .where("dossier_id", "in", ids)
    .orderBy("dossier_id")
    .orderBy("version")
    .execute();
  const byDossier = new Map<string, EventRow[]>();
  for (const row of rows) {
    const list = byDossier.get(row.dossier_id);
    if (list) list.push(row);
    else byDossier.set(row.dossier_id, [row]);
  }
  return byDossier;
}

interface StoredDossier {
  id: string;
  code: string;
  state: unknown;
  version: number;
  status: string;
  applicant_name: string;
}

function checkDossier(row: StoredDossier, events: readonly EventRow[]): Finding[] {
  const name = `Hồ sơ ${row.code} (${row.id})`;
  const chain = checkChain(events);
  if (!chain.intact) {
    const what = {
      hash_mismatch: "nội dung đã bị sửa (hash mismatch)",
      link_mismatch: "mắt xích bị đứt (link mismatch)",
      version_gap: "thiếu hoặc lệch phiên bản (version gap)",
    }[chain.reason];
    return [
      {
        code: "DOSSIER_EVENT_CHAIN_BROKEN",
        message: `${name}: chuỗi sự kiện hỏng tại phiên bản ${chain.brokenAtVersion}: ${what}.`,
      },
    ];
  }
  if (events.length === 0) {
    return [
      { code: "DOSSIER_WITHOUT_EVENTS", message: `${name}: không có sự kiện nào (dossier without events).` },
    ];
  }
  let replayed: Dossier;
  try {
    replayed = replay(events.map(eventOfRow) as DossierEvent[]);
  } catch (error) {
    return [
      {
        code: "DOSSIER_REPLAY_FAILED",
        message: `${name}: không dựng lại được từ sự kiện (${(error as Error).message}) (replay failed).`,
      },
    ];
  }
  const differences = differingFields(replayed, row);
  return differences.length === 0
    ? []
    : [
        {
          code: "DOSSIER_STATE_MISMATCH",
          message: `${name}: dữ liệu lưu khác với lịch sử sự kiện ở ${differences.join(", ")} (stored row differs from the replay of its events).`,
        },
      ];
}

/** The state's top-level fields and the copied columns that differ from the replay. */
function differingFields(replayed: Dossier, row: StoredDossier): string[] {
  const stored = (row.state ?? {}) as Record<string, unknown>;
  // Through JSON, as the row was written (undefined fields dropped).
  const fresh = JSON.parse(JSON.stringify(replayed)) as Record<string, unknown>;
  const fields = isDeepStrictEqual(stored, fresh)
    ? []
    : [...new Set([...Object.keys(stored), ...Object.keys(fresh)])]
        .filter((key) => !isDeepStrictEqual(stored[key], fresh[key]))
        .sort()
        .map((key) => `state.${key}`);
  const columns: [string, unknown, unknown][] = [
    ["code", row.code, replayed.code],
    ["version", row.version, replayed.version],
    ["status", row.status, replayed.status],
    ["applicant_name", row.applicant_name, replayed.applicant.name],
  ];
  return [...fields, ...columns.filter(([, a, b]) => a !== b).map(([column]) => column)];
}
