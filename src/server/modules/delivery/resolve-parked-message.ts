import type { OutboxMessageResolved } from "../../../contracts/delivery.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { noteAudit } from "../audit/audit-scope.ts";
import type { Clock } from "../dossiers/clock.ts";

const NOT_FOUND = new AppError(404, "OUTBOX_MESSAGE_NOT_FOUND", "Không tìm thấy tin cần gửi này.");
const NOT_PARKED = new AppError(
  409,
  "OUTBOX_MESSAGE_NOT_PARKED",
  "Tin này không ở trạng thái tạm dừng (đã gửi, đã hủy hoặc đang chờ gửi).",
);

type Resolution = { action: "retry" } | { action: "discard"; reason: string };

/**
 * An administrator's decision on a parked message: retry (queued again, due at once, with a fresh
 * count of attempts) or discard (with a reason; its followers are then delivered). Only a parked
 * message changes; the audit record of the request names the message and the reason.
 */
export async function resolveParkedMessage(
  db: Db,
  id: string,
  resolution: Resolution,
  clock: Clock,
): Promise<OutboxMessageResolved> {
  const changes =
    resolution.action === "retry"
      ? { status: "queued" as const, attempts: 0, next_attempt_at: new Date(clock()), parked_at: null }
      : { status: "discarded" as const, discard_reason: resolution.reason };
  const updated = await db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable("outbox_message")
      .set(changes)
      .where("id", "=", id)
      .where("status", "=", "parked")
      .returning(["id", "destination", "ordering_key"])
      .executeTakeFirst();
    if (row) {
      noteAudit({
        objectType: "outbox_message",
        objectId: row.id,
        detail: {
          action: resolution.action,
          destination: row.destination,
          orderingKey: row.ordering_key,
          ...(resolution.action === "discard" ? { reason: resolution.reason } : {}),
        },
      });
    }
    return row;
  });
  if (updated) return { id: updated.id, status: changes.status };
  const exists = await db.selectFrom("outbox_message").select("id").where("id", "=", id).executeTakeFirst();
  throw exists ? NOT_PARKED : NOT_FOUND;
}
