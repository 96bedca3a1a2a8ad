import type { Qd766Group, Qd766Indicator } from "../../../contracts/reports.ts";

/**
 * RPT-5: the indicators of QĐ 766/QĐ-TTg (23/6/2022, "Bộ chỉ số chỉ đạo, điều hành và đánh giá
 * chất lượng phục vụ người dân, doanh nghiệp…", 100 points in five groups), as far as motcua can
 * measure them, written once (docs/REPORTING.md "QĐ 766" explains them). Sources:
 * ../shared/spec/LEGAL-RESEARCH.md §8 (QĐ 766, groups and the Thanh Hóa practice) and §9.
 *
 * The groups' points are those of the decision (groups 3 and 4 unconfirmed). How an indicator's
 * rate becomes points is not in any text we have read: the rules below are the practice of one
 * province (Thanh Hóa), each a named constant marked `unconfirmed`, to be set for the province.
 */

const QD766 = "QĐ 766/QĐ-TTg ngày 23/6/2022";
const THANH_HOA = "thực tiễn tính điểm của Thanh Hóa (LEGAL-RESEARCH §8)";

export const QD766_GROUPS: readonly Omit<Qd766Group, "pointsEarned" | "measuredMaxPoints" | "indicators">[] =
  [
    { number: 1, name: "Công khai, minh bạch", maxPoints: 18, unconfirmed: false },
    { number: 2, name: "Tiến độ, kết quả giải quyết", maxPoints: 20, unconfirmed: false },
    { number: 3, name: "Số hóa hồ sơ", maxPoints: 22, unconfirmed: true },
    { number: 4, name: "Cung cấp dịch vụ trực tuyến", maxPoints: 22, unconfirmed: true },
    { number: 5, name: "Mức độ hài lòng", maxPoints: 18, unconfirmed: false },
  ];

/**
 * How a rate earns points: in proportion (max × rate; with `fullAt`, max × rate ÷ fullAt, all from
 * fullAt on), or all at a threshold and `below` under it.
 */
export type PointsRule =
  | { readonly kind: "proportional"; readonly fullAt?: number }
  | { readonly kind: "threshold"; readonly atLeast: number; readonly below: number };

/** The rates motcua counts from its dossiers (get-766-indicators.ts). */
export type MeasuredKey =
  | "on_time"
  | "online"
  | "electronic_result"
  | "portal_sync"
  | "online_payment"
  | "satisfaction"
  | "feedback_on_time"
  | "reuse";

export type IndicatorDefinition = Pick<
  Qd766Indicator,
  "key" | "group" | "name" | "maxPoints" | "formula" | "source" | "unconfirmed"
> &
  ({ readonly measured: MeasuredKey; readonly rule: PointsRule } | { readonly notMeasurable: string });

/** Group 2: 20 × (resolved early + on time) ÷ resolved, the rate of Biểu II.06a (cols 8 + 9) ÷ 7. */
export const ON_TIME_RULE: PointsRule = { kind: "proportional" };
/** Group 4: 6 points when at least half the dossiers received were received online, else 3. */
export const ONLINE_RULE: PointsRule = { kind: "threshold", atLeast: 0.5, below: 3 };
/** Group 3: 6 × the share of resolved dossiers whose result is delivered electronically. */
export const ELECTRONIC_RESULT_RULE: PointsRule = { kind: "proportional" };
/** Group 1: 6 × the share of dossiers whose every change reached the national portal. */
export const PORTAL_SYNC_RULE: PointsRule = { kind: "proportional" };
/** Full points from 30% of the fee-paying dossiers paid online (THANH_HOA); half below, as the online rate. */
export const ONLINE_PAYMENT_RULE: PointsRule = { kind: "threshold", atLeast: 0.3, below: 3 };
/** Group 5: 6 × the share of ratings satisfied or very satisfied (SAT-1; weight unconfirmed). */
export const SATISFACTION_RULE: PointsRule = { kind: "proportional" };
/** Group 3: 2 × the share of received dossiers reusing data-store documents ÷ 80%, full from 80%. */
export const REUSE_RULE: PointsRule = { kind: "proportional", fullAt: 0.8 };
/** Group 5: 6 × the share of feedback answered by its due (SAT-3; weight unconfirmed). */
export const FEEDBACK_ON_TIME_RULE: PointsRule = { kind: "proportional" };

export const QD766_INDICATORS: readonly IndicatorDefinition[] = [
  {
    key: "published_on_time",
    group: 1,
    name: "Tỷ lệ TTHC được cập nhật, công khai đúng hạn",
    maxPoints: 4,
    formula: "Số TTHC được cập nhật, công khai đúng hạn ÷ tổng số TTHC phải công khai",
    source: `${QD766}, nhóm 1 (4 điểm)`,
    unconfirmed: false,
    notMeasurable: "motcua chưa ghi nhận thời hạn công bố, công khai TTHC để so sánh.",
  },
  {
    key: "portal_sync",
    group: 1,
    name: "Tỷ lệ hồ sơ đồng bộ đầy đủ lên Cổng Dịch vụ công quốc gia",
    maxPoints: 6,
    formula:
      "Số hồ sơ của kỳ có mọi thay đổi đã được Cổng DVCQG nhận ÷ số hồ sơ của kỳ có thông điệp đồng bộ",
    source: `${QD766}, nhóm 1; điểm theo ${THANH_HOA}`,
    unconfirmed: true,
    measured: "portal_sync",
    rule: PORTAL_SYNC_RULE,
  },
  {
    key: "on_time",
    group: 2,
    name: "Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn",
    maxPoints: 20,
    formula: "(Số hồ sơ giải quyết trước hạn + đúng hạn) ÷ số hồ sơ đã giải quyết (Biểu II.06a: (8 + 9) ÷ 7)",
    source: `${QD766}, nhóm 2 (20 điểm); quy ước đếm RPT-7 (docs/REPORTING.md)`,
    unconfirmed: true,
    measured: "on_time",
    rule: ON_TIME_RULE,
  },
  {
    key: "electronic_result",
    group: 3,
    name: "Tỷ lệ hồ sơ trả kết quả điện tử",
    maxPoints: 6,
    formula: "Số hồ sơ đã giải quyết có hình thức nhận kết quả điện tử ÷ số hồ sơ đã giải quyết",
    source: `${QD766}, nhóm 3; điểm theo ${THANH_HOA}`,
    unconfirmed: true,
    measured: "electronic_result",
    rule: ELECTRONIC_RESULT_RULE,
  },
  {
    key: "digitisation",
    group: 3,
    name: "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC",
    maxPoints: 4,
    formula: "Số hồ sơ được số hóa ÷ số hồ sơ tiếp nhận; đủ điểm khi từ 80%",
    source: `${QD766}, nhóm 3; điểm theo ${THANH_HOA}`,
    unconfirmed: true,
    notMeasurable: "motcua chưa ghi nhận việc số hóa từng thành phần hồ sơ.",
  },
  {
    key: "reuse",
    group: 3,
    name: "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa",
    maxPoints: 2,
    formula:
      "Số hồ sơ tiếp nhận có thành phần lấy từ kho dữ liệu điện tử của người nộp (DIG-1) ÷ số hồ sơ tiếp nhận; đủ điểm khi từ 80%",
    source: `${QD766}, nhóm 3; điểm theo ${THANH_HOA}`,
    unconfirmed: true,
    measured: "reuse",
    rule: REUSE_RULE,
  },
  {
    key: "online",
    group: 4,
    name: "Tỷ lệ hồ sơ tiếp nhận trực tuyến",
    maxPoints: 6,
    formula:
      "Số hồ sơ tiếp nhận trực tuyến trong kỳ ÷ số hồ sơ tiếp nhận trong kỳ (Biểu II.06a: 4 ÷ (4 + 5)); 6 điểm khi từ 50%, dưới đó 3 điểm",
    source: `${QD766}, nhóm 4; điểm theo ${THANH_HOA}`,
    unconfirmed: true,
    measured: "online",
    rule: ONLINE_RULE,
  },
  {
    key: "online_payment",
    group: 4,
    name: "Tỷ lệ hồ sơ thanh toán trực tuyến",
    maxPoints: 6,
    formula:
      "Số hồ sơ đã giải quyết trong kỳ có khoản nộp phí, lệ phí trực tuyến ÷ số hồ sơ đã giải quyết trong kỳ có khoản nộp phí, lệ phí (sổ thu của motcua: trực tuyến, tại quầy, bưu chính, chuyển khoản); đủ điểm khi từ 30%",
    source: `${QD766}, nhóm 4; điểm theo ${THANH_HOA}`,
    unconfirmed: true,
    measured: "online_payment",
    rule: ONLINE_PAYMENT_RULE,
  },
  {
    key: "satisfaction",
    group: 5,
    name: "Mức độ hài lòng trong tiếp nhận, giải quyết TTHC",
    maxPoints: 6,
    formula:
      "Số đánh giá hài lòng, rất hài lòng về cơ quan ÷ số đánh giá, của các hồ sơ đã giải quyết trong kỳ (Biểu II.06a cột 7)",
    source: `${QD766}, nhóm 5 (đến 6/18 điểm); đánh giá SAT-1`,
    unconfirmed: true,
    measured: "satisfaction",
    rule: SATISFACTION_RULE,
  },
  {
    key: "feedback_on_time",
    group: 5,
    name: "Tỷ lệ xử lý phản ánh, kiến nghị đúng hạn",
    maxPoints: 6,
    formula:
      "Số PAKN có hạn trả lời trong kỳ đã được trả lời đến hạn ÷ số PAKN có hạn trả lời trong kỳ (10 ngày làm việc, SAT-3)",
    source: `${QD766}, nhóm 5; số điểm chưa xác nhận`,
    unconfirmed: true,
    measured: "feedback_on_time",
    rule: FEEDBACK_ON_TIME_RULE,
  },
  {
    key: "feedback_satisfaction",
    group: 5,
    name: "Mức độ hài lòng về xử lý phản ánh, kiến nghị",
    maxPoints: 6,
    formula: "(Tổng số PAKN − số PAKN không hài lòng hoặc xử lý quá hạn) ÷ tổng số PAKN",
    source: `${QD766}, nhóm 5; số điểm chưa xác nhận`,
    unconfirmed: true,
    notMeasurable: "motcua chưa thu thập đánh giá của người gửi về việc xử lý phản ánh, kiến nghị.",
  },
];

/** The rule in words, for the answer. */
export function describeRule(rule: PointsRule, maxPoints: number): string {
  if (rule.kind === "threshold") {
    return `${maxPoints} điểm khi tỷ lệ từ ${rule.atLeast * 100}%, dưới đó ${rule.below} điểm`;
  }
  return rule.fullAt
    ? `${maxPoints} × tỷ lệ ÷ ${rule.fullAt * 100}%, đủ điểm từ ${rule.fullAt * 100}%`
    : `${maxPoints} × tỷ lệ`;
}

/** The points a rate earns by its rule, to two decimals; null when there was nothing to rate. */
export function pointsOf(rule: PointsRule, maxPoints: number, rate: number | null): number | null {
  if (rate === null) return null;
  const points =
    rule.kind === "proportional"
      ? maxPoints * Math.min(1, rate / (rule.fullAt ?? 1))
      : rate >= rule.atLeast
        ? maxPoints
        : rule.below;
  return Math.round(points * 100) / 100;
}
