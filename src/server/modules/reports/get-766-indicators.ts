import { sql } from "kysely";
import type { Qd766Group, Qd766Indicator, Qd766Query, Qd766Report } from "../../../contracts/reports.ts";
import type { Db } from "../../db/database.ts";
import { NATIONAL_PORTAL, portalSwitchIsOn } from "../national-portal/portal-switch.ts";
import { agencySubtree } from "../organization/agency-subtree.ts";
import { columnPredicate, type ReportPeriod } from "./counting-conventions.ts";
import { reportingUnit } from "./get-ii06a-report.ts";
import { ii06aSource } from "./ii06a-source.ts";
import {
  describeRule,
  type IndicatorDefinition,
  type MeasuredKey,
  pointsOf,
  QD766_GROUPS,
  QD766_INDICATORS,
} from "./indicators-766.ts";
import { periodLabel, reportPeriod } from "./report-period.ts";

export const QD766_TITLE = "CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP THEO QĐ 766/QĐ-TTg";

type Ratio = { numerator: number; denominator: number; parts: Qd766Indicator["parts"] };

/**
 * RPT-5: the QĐ 766 indicators of an agency's subtree (or the province) for a period: the rates
 * counted over Biểu II.06a's dossiers by the same conventions (RPT-7, CAN-3), their points by the
 * rules of indicators-766.ts, and each group's total.
 */
export async function get766Indicators(db: Db, query: Qd766Query): Promise<Qd766Report> {
  const period = reportPeriod(query.from, query.to);
  const agencyId = query.agencyId ?? null;
  const ratios = await measuredRatios(db, period, agencyId);
  const portalOn = ratios.portal_sync.denominator > 0 || (await portalSwitchIsOn(db));
  const indicators = QD766_INDICATORS.map((definition) => indicatorOf(definition, ratios, portalOn));
  const groups = QD766_GROUPS.map((group) => groupOf(group, indicators));
  return {
    title: QD766_TITLE,
    periodLabel: periodLabel(query.from, query.to),
    from: query.from,
    to: query.to,
    unit: await reportingUnit(db, agencyId),
    groups,
    totals: {
      maxPoints: sum(groups.map((group) => group.maxPoints)),
      pointsEarned: sum(groups.map((group) => group.pointsEarned)),
      measuredMaxPoints: sum(groups.map((group) => group.measuredMaxPoints)),
    },
  };
}

/**
 * The numerators and denominators in one pass over the period's dossiers (ii06a-source.ts):
 * on time = II.06a (8 + 9) ÷ 7; online = 4 ÷ (4 + 5), of which fully online by the procedure's
 * service level; electronic result = resolved with the
 * result delivered electronically (REC-7) ÷ 7; portal sync = dossiers with national-portal
 * messages, all of them delivered ÷ dossiers with such messages (INT-1). The portal's messages
 * are grouped per dossier once (a hash join, linear in the outbox; no index per dossier needed).
 * Satisfaction = the ratings of the agency (SAT-1) of the resolved dossiers (7) that are
 * "very satisfied" or "satisfied" ÷ those rated (one rating per dossier, so a plain join).
 * Reuse (DIG-1) = the received (4 + 5) with an attachment taken from the applicant's data store
 * (`from_data_store`) ÷ the received.
 */
async function measuredRatios(
  db: Db,
  period: ReportPeriod,
  agencyId: string | null,
): Promise<Record<MeasuredKey, Ratio>> {
  const count = (predicate: ReturnType<typeof columnPredicate>) =>
    sql<number>`(count(*) filter (where ${predicate}))::int`;
  const resolved = columnPredicate("resolved", period);
  const electronic = sql<boolean>`(${resolved} and d.result_delivery = 'electronic')`;
  const fullyOnline = sql<boolean>`(${columnPredicate("received_online", period)} and pv.service_level = 'full_online')`;
  const row = await ii06aSource(db, { period, by: "unit", agencyId })
    .leftJoin(
      (eb) =>
        eb
          .selectFrom("outbox_message as o")
          .select([
            "o.ordering_key",
            sql<number>`count(*)::int`.as("messages"),
            sql<number>`(count(*) filter (where o.status = 'delivered'))::int`.as("delivered"),
          ])
          .where("o.destination", "=", NATIONAL_PORTAL)
          .groupBy("o.ordering_key")
          .as("sync"),
      (join) => join.on(sql<boolean>`sync.ordering_key = d.id::text`),
    )
    .leftJoin(
      (eb) =>
        eb
          .selectFrom("payment as p")
          .select(["p.dossier_id", sql<boolean>`bool_or(p.method = 'online')`.as("online")])
          .where(sql<boolean>`p.applied_amount > 0`)
          .groupBy("p.dossier_id")
          .as("paid"),
      (join) => join.onRef("paid.dossier_id", "=", "d.id"),
    )
    .leftJoin("dossier_rating as r", "r.dossier_id", "d.id")
    .leftJoin(
      (eb) =>
        eb
          .selectFrom("dossier_attachment as da")
          .select("da.dossier_id")
          .distinct()
          .where("da.from_data_store", "=", true)
          .as("reused"),
      (join) => join.onRef("reused.dossier_id", "=", "d.id"),
    )
    .select([
      count(resolved).as("resolved"),
      count(columnPredicate("resolved_early", period)).as("early"),
      count(columnPredicate("resolved_on_time", period)).as("on_time"),
      count(columnPredicate("received_online", period)).as("online"),
      count(fullyOnline).as("fully_online"),
      count(columnPredicate("received_direct", period)).as("direct"),
      count(
        sql<boolean>`((${columnPredicate("received_online", period)} or ${columnPredicate("received_direct", period)}) and reused.dossier_id is not null)`,
      ).as("reused"),
      count(electronic).as("electronic"),
      count(sql<boolean>`(sync.messages > 0)`).as("with_messages"),
      count(sql<boolean>`(sync.messages > 0 and sync.delivered = sync.messages)`).as("synced"),
      count(sql<boolean>`(${resolved} and paid.dossier_id is not null)`).as("fee_paying"),
      count(sql<boolean>`(${resolved} and paid.online)`).as("paid_online"),
      count(sql<boolean>`(${resolved} and r.dossier_id is not null)`).as("rated"),
      count(sql<boolean>`(${resolved} and r.agency_level in ('very_satisfied', 'satisfied'))`).as(
        "satisfied",
      ),
    ])
    .executeTakeFirstOrThrow();
  const feedback = await feedbackOnTime(db, period, agencyId);
  return {
    on_time: { numerator: row.early + row.on_time, denominator: row.resolved, parts: [] },
    online: {
      numerator: row.online,
      denominator: row.online + row.direct,
      parts: [
        { label: "Trực tuyến toàn trình", count: row.fully_online },
        { label: "Trực tuyến một phần", count: row.online - row.fully_online },
      ],
    },
    electronic_result: { numerator: row.electronic, denominator: row.resolved, parts: [] },
    portal_sync: { numerator: row.synced, denominator: row.with_messages, parts: [] },
    online_payment: { numerator: row.paid_online, denominator: row.fee_paying, parts: [] },
    satisfaction: { numerator: row.satisfied, denominator: row.rated, parts: [] },
    feedback_on_time: { numerator: feedback.on_time, denominator: feedback.due, parts: [] },
    reuse: { numerator: row.reused, denominator: row.online + row.direct, parts: [] },
  };
}

/**
 * SAT-3: the feedback and petitions of the subtree whose due (10 working days) falls in the
 * period, and of them those answered by it: a feedback is judged in the period its answer was
 * due, whether answered or not, so each counts once and an unanswered one counts as late.
 */
async function feedbackOnTime(db: Db, period: ReportPeriod, agencyId: string | null) {
  let query = db
    .selectFrom("feedback as f")
    .select([
      sql<number>`count(*)::int`.as("due"),
      sql<number>`(count(*) filter (where f.answered_at <= f.due_at))::int`.as("on_time"),
    ])
    .where("f.due_at", ">=", new Date(period.from))
    .where("f.due_at", "<", new Date(period.to));
  if (agencyId) query = query.where("f.agency_id", "in", agencySubtree(db, agencyId));
  return query.executeTakeFirstOrThrow();
}

const PORTAL_OFF =
  "Không đồng bộ với Cổng Dịch vụ công quốc gia (chức năng đang tắt) và chưa có thông điệp nào.";

function indicatorOf(
  definition: IndicatorDefinition,
  ratios: Record<MeasuredKey, Ratio>,
  portalOn: boolean,
): Qd766Indicator {
  const { key, group, name, maxPoints, formula, source, unconfirmed } = definition;
  const base = { key, group, name, maxPoints, formula, source, unconfirmed };
  const off = "measured" in definition && definition.measured === "portal_sync" && !portalOn;
  if (!("measured" in definition) || off) {
    const reason = "notMeasurable" in definition ? definition.notMeasurable : PORTAL_OFF;
    const nothing = { numerator: null, denominator: null, value: null, pointsEarned: null, parts: [] };
    return { ...base, pointsRule: null, measurable: false, reason, ...nothing };
  }
  const { numerator, denominator, parts } = ratios[definition.measured];
  const value = denominator > 0 ? numerator / denominator : null;
  return {
    ...base,
    pointsRule: describeRule(definition.rule, maxPoints),
    measurable: true,
    reason: null,
    numerator,
    denominator,
    value,
    pointsEarned: pointsOf(definition.rule, maxPoints, value),
    parts,
  };
}

/** A group's points: those its measured indicators earned, out of the most they could earn. */
function groupOf(group: (typeof QD766_GROUPS)[number], all: readonly Qd766Indicator[]): Qd766Group {
  const indicators = all.filter((indicator) => indicator.group === group.number);
  const rated = indicators.filter((indicator) => indicator.pointsEarned !== null);
  return {
    ...group,
    pointsEarned: round(sum(rated.map((indicator) => indicator.pointsEarned ?? 0))),
    measuredMaxPoints: sum(rated.map((indicator) => indicator.maxPoints)),
    indicators,
  };
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const round = (points: number) => Math.round(points * 100) / 100;
