import { z } from "zod";
import { AgencyId } from "./calendar.ts";

/** SAT-1: the three levels of satisfaction, stable values; the words are the web's. */
export const SATISFACTION_LEVELS = ["very_satisfied", "satisfied", "unsatisfied"] as const;
export const SatisfactionLevel = z.enum(SATISFACTION_LEVELS, "mức độ hài lòng không hợp lệ");
export type SatisfactionLevel = z.infer<typeof SatisfactionLevel>;

const instant = z.iso.datetime({ offset: true });
/** Free text, trimmed and NFC-normalized at the boundary (house rule 5). */
const text = (max: number, message: string) =>
  z
    .string()
    .transform((value) => value.normalize("NFC").trim())
    .pipe(z.string().min(1, message).max(max, `tối đa ${max} ký tự`));
const optionalText = (max: number) =>
  z
    .string()
    .transform((value) => value.normalize("NFC").trim())
    .pipe(z.string().max(max, `tối đa ${max} ký tự`))
    .transform((value) => (value === "" ? null : value))
    .nullish();

export const RATING_COMMENT_MAX = 1000;

/** SAT-1: the applicant's rating of the agency and, when one is known, of the one-stop officer. */
export const RateDossierBody = z.object({
  agencyLevel: SatisfactionLevel,
  officerLevel: SatisfactionLevel.nullish(),
  comment: optionalText(RATING_COMMENT_MAX),
});
export type RateDossierBody = z.input<typeof RateDossierBody>;
export type DossierRatingInput = z.output<typeof RateDossierBody>;

export const DossierRating = z.object({
  /** The dossier may be rated now: finished (result returned or refused) and not yet rated. */
  canRate: z.boolean(),
  /** The one-stop officer who received, returned or refused it, by name (a public servant). */
  officer: z.object({ name: z.string() }).nullable(),
  rating: z
    .object({
      agencyLevel: SatisfactionLevel,
      officerLevel: SatisfactionLevel.nullable(),
      comment: z.string().nullable(),
      ratedAt: instant,
    })
    .nullable(),
});
export type DossierRating = z.infer<typeof DossierRating>;

/** SAT-2: counts per level and the share satisfied (very satisfied + satisfied ÷ all). */
export const RatingCounts = z.object({
  verySatisfied: z.number().int(),
  satisfied: z.number().int(),
  unsatisfied: z.number().int(),
  total: z.number().int(),
  satisfiedShare: z.number().nullable(),
});
export type RatingCounts = z.infer<typeof RatingCounts>;

/** SAT-2: aggregates only; officers by name (public servants); no applicant, no comment. */
export const PublicSatisfaction = z.object({
  agencies: z.array(z.object({ agencyId: z.string(), name: z.string(), counts: RatingCounts })),
  officers: z.array(
    z.object({ officerId: z.string(), name: z.string(), agencyName: z.string(), counts: RatingCounts }),
  ),
});
export type PublicSatisfaction = z.infer<typeof PublicSatisfaction>;

export const FEEDBACK_CONTENT_MAX = 4000;

/**
 * SAT-3: a feedback or petition. A signed-in citizen is known by their session; anyone else gives
 * a name and a phone number or an e-mail address to be answered at.
 */
export const SubmitFeedbackBody = z.object({
  agencyId: AgencyId,
  subject: text(200, "vui lòng nhập tiêu đề"),
  content: text(FEEDBACK_CONTENT_MAX, "vui lòng nhập nội dung phản ánh, kiến nghị"),
  dossierCode: optionalText(60),
  procedureCode: optionalText(60),
  contactName: optionalText(200),
  contactPhone: z
    .string()
    .trim()
    .regex(/^(\+84|0)\d{9,10}$/, "số điện thoại không hợp lệ")
    .or(z.literal("").transform(() => null))
    .nullish(),
  contactEmail: z
    .email("địa chỉ thư điện tử không hợp lệ")
    .max(254)
    .or(z.literal("").transform(() => null))
    .nullish(),
});
export type SubmitFeedbackBody = z.input<typeof SubmitFeedbackBody>;
export type SubmittedFeedback = z.output<typeof SubmitFeedbackBody>;

export const FeedbackReceipt = z.object({ id: z.string(), receivedAt: instant, dueAt: instant });
export type FeedbackReceipt = z.infer<typeof FeedbackReceipt>;

const FeedbackCore = z.object({
  id: z.string(),
  agency: z.object({ id: z.string(), name: z.string() }),
  subject: z.string(),
  content: z.string(),
  dossierCode: z.string().nullable(),
  procedureCode: z.string().nullable(),
  receivedAt: instant,
  dueAt: instant,
  answer: z.string().nullable(),
  answeredAt: instant.nullable(),
  answerPublished: z.boolean(),
});

/** What the agency's officers see: the sender's contact, and whether the answer is overdue. */
export const OfficerFeedback = FeedbackCore.extend({
  sender: z.object({
    name: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    signedIn: z.boolean(),
  }),
  /** Not answered and past its due, or answered after it. */
  overdue: z.boolean(),
});
export type OfficerFeedback = z.infer<typeof OfficerFeedback>;

export const FeedbackListQuery = z.object({
  agencyId: AgencyId,
  status: z.enum(["open", "answered", "all"]).default("open"),
});
export type FeedbackListQuery = z.infer<typeof FeedbackListQuery>;

export const OfficerFeedbackList = z.object({ items: z.array(OfficerFeedback) });
export type OfficerFeedbackList = z.infer<typeof OfficerFeedbackList>;

export const AnswerFeedbackBody = z.object({
  /** The agency the officer answers for (the access check's scope); the feedback must be its. */
  agencyId: AgencyId,
  answer: text(FEEDBACK_CONTENT_MAX, "vui lòng nhập nội dung trả lời"),
  publish: z.boolean(),
});
export type AnswerFeedbackBody = z.input<typeof AnswerFeedbackBody>;
export type FeedbackAnswer = z.output<typeof AnswerFeedbackBody>;

export const FeedbackIdParams = z.object({ feedbackId: z.string() });

/** The citizen's own feedback with its answers. */
export const CitizenFeedbackList = z.object({ items: z.array(FeedbackCore) });
export type CitizenFeedbackList = z.infer<typeof CitizenFeedbackList>;

/** SAT-3: published answers, without the sender's identity or contact. */
export const PublicFeedbackList = z.object({
  items: z.array(FeedbackCore.omit({ answerPublished: true, dossierCode: true })),
});
export type PublicFeedbackList = z.infer<typeof PublicFeedbackList>;
