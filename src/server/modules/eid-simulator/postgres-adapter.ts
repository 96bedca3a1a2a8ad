import { sql } from "kysely";
import type { Adapter, AdapterPayload } from "oidc-provider";
import type { Db } from "../../db/database.ts";

/**
 * oidc-provider's storage contract on PostgreSQL (table eid_simulator_store): the simulator's
 * sessions, interactions, codes, tokens and grants are shared by every app instance and survive a
 * restart. One adapter per model (Session, Interaction, AuthorizationCode, …).
 */
export class PostgresAdapter implements Adapter {
  constructor(
    private readonly db: Db,
    private readonly model: string,
  ) {}

  async upsert(id: string, payload: AdapterPayload, expiresIn: number | undefined): Promise<void> {
    const row = {
      payload: JSON.stringify(payload),
      grant_id: payload.grantId ?? null,
      user_code: payload.userCode ?? null,
      uid: payload.uid ?? null,
      expires_at: expiresIn ? new Date(Date.now() + expiresIn * 1000) : null,
    };
    await this.db
      .insertInto("eid_simulator_store")
      .values({ model: this.model, id, ...row })
      .onConflict((oc) => oc.columns(["model", "id"]).doUpdateSet(row))
      .execute();
    // A sign-in starts with a new interaction: a good moment to forget what has long expired.
    if (this.model === "Interaction") {
      await this.db
        .deleteFrom("eid_simulator_store")
        .where("expires_at", "<", sql<Date>`now() - interval '1 hour'`)
        .execute();
    }
  }

  find(id: string): Promise<AdapterPayload | undefined> {
    return this.findWhere("id", id);
  }

  findByUid(uid: string): Promise<AdapterPayload | undefined> {
    return this.findWhere("uid", uid);
  }

  findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    return this.findWhere("user_code", userCode);
  }

  async consume(id: string): Promise<void> {
    await this.db
      .updateTable("eid_simulator_store")
      .set({ consumed_at: new Date() })
      .where("model", "=", this.model)
      .where("id", "=", id)
      .execute();
  }

  async destroy(id: string): Promise<void> {
    await this.db
      .deleteFrom("eid_simulator_store")
      .where("model", "=", this.model)
      .where("id", "=", id)
      .execute();
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    await this.db
      .deleteFrom("eid_simulator_store")
      .where("model", "=", this.model)
      .where("grant_id", "=", grantId)
      .execute();
  }

  private async findWhere(
    column: "id" | "uid" | "user_code",
    value: string,
  ): Promise<AdapterPayload | undefined> {
    const row = await this.db
      .selectFrom("eid_simulator_store")
      .select(["payload", "consumed_at"])
      .where("model", "=", this.model)
      .where(column, "=", value)
      .where((eb) => eb.or([eb("expires_at", "is", null), eb("expires_at", ">", new Date())]))
      .executeTakeFirst();
    if (!row) return undefined;
    const payload = row.payload as AdapterPayload;
    return row.consumed_at ? { ...payload, consumed: Math.floor(row.consumed_at.getTime() / 1000) } : payload;
  }
}
