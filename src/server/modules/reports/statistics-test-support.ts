import { vietnamInstant } from "../../../domain/calendar/dates.ts";
import { type OfficerActor, officer } from "../../../domain/dossier/index.ts";
import type { Db } from "../../db/database.ts";
import { type DossierBuilder, type ReportFixture, reportFixture } from "./test-support.ts";

/**
 * Test harness of the statistics and officer usage (not used by production code): the reports'
 * fixture (procedure 1.002079 at Sở Tư pháp, whose workflow has two steps at Phòng Bổ trợ tư
 * pháp: 0 "Thẩm định" by a specialist in 6 working days, 1 "Lãnh đạo phòng" by the unit head in
 * 1), with the demo officers who do those steps, so that every hand-over names a real officer.
 */
export interface StatisticsFixture extends ReportFixture {
  specialist: OfficerActor;
  head: OfficerActor;
  leader: OfficerActor;
  /** Assigns the current step to `to` (PRC-9, by the unit head) at `when`. */
  assign(builder: DossierBuilder, when: string, to: OfficerActor): DossierBuilder;
  /** `by` hands the current step on at `when` (to the next step, or for approval from the last one). */
  complete(builder: DossierBuilder, when: string, by: OfficerActor): DossierBuilder;
  /** After the last step: approval, result and its confirmation at `when` (the finish). */
  finish(builder: DossierBuilder, when: string): DossierBuilder;
}

export async function statisticsFixture(db: Db): Promise<StatisticsFixture> {
  const base = await reportFixture(db);
  const [specialistRow, headRow, leaderRow] = await Promise.all(
    ["botro.chuyenvien", "botro.truongphong", "tuphap.giamdoc"].map((username) =>
      db
        .selectFrom("officer")
        .select(["id", "agency_id"])
        .where("username", "=", username)
        .executeTakeFirstOrThrow(),
    ),
  );
  const unit = (specialistRow as { agency_id: string }).agency_id;
  const specialist = officer((specialistRow as { id: string }).id, "specialist", unit);
  const head = officer((headRow as { id: string }).id, "unit_head", unit);
  const leader = officer((leaderRow as { id: string }).id, "agency_leader", base.agencyId);
  return {
    ...base,
    specialist,
    head,
    leader,
    assign: (builder, when, to) =>
      builder.at(when, () => ({ type: "assign", actor: head, officerId: to.officerId })),
    complete: (builder, when, by) =>
      builder.at(when, (b) => ({
        type: b.dossier.step?.index === 1 ? "submit_for_approval" : "hand_over",
        actor: by,
      })),
    finish: (builder, when) =>
      builder
        .apply({ type: "approve", actor: leader }, vietnamInstant(when) - 3 * 60_000)
        .apply({ type: "upload_result", actor: leader, documentNumber: "15/GP", fileRef: "stat-test" })
        .apply({ type: "send_result", actor: leader })
        .finish(when),
  };
}
