import {
  type AnswerFeedbackBody,
  CitizenFeedbackList,
  DossierRating,
  type FeedbackListQuery,
  FeedbackReceipt,
  OfficerFeedback,
  OfficerFeedbackList,
  PublicFeedbackList,
  PublicSatisfaction,
  type RateDossierBody,
  type SubmitFeedbackBody,
} from "../../../contracts/satisfaction.ts";
import { apiJson } from "../../api-client/client.ts";
import { withQuery } from "../../api-client/query.ts";

const opts = (signal?: AbortSignal) => (signal ? { signal } : {});
const rating = (dossierId: string) => `/api/citizen/dossiers/${encodeURIComponent(dossierId)}/rating`;

/** SAT-1..3: ratings, their public aggregates, feedback and petitions. */
export const satisfactionApi = {
  rating: (dossierId: string, signal?: AbortSignal) =>
    apiJson(rating(dossierId), DossierRating, opts(signal)),
  rate: (dossierId: string, body: RateDossierBody) =>
    apiJson(rating(dossierId), DossierRating, { method: "POST", body }),
  publicSatisfaction: (signal?: AbortSignal) =>
    apiJson("/api/public/satisfaction", PublicSatisfaction, opts(signal)),
  submitFeedback: (body: SubmitFeedbackBody) =>
    apiJson("/api/public/feedback", FeedbackReceipt, { method: "POST", body }),
  publishedFeedback: (signal?: AbortSignal) =>
    apiJson("/api/public/feedback", PublicFeedbackList, opts(signal)),
  myFeedback: (signal?: AbortSignal) => apiJson("/api/citizen/feedback", CitizenFeedbackList, opts(signal)),
  agencyFeedback: (query: FeedbackListQuery, signal?: AbortSignal) =>
    apiJson(withQuery("/api/feedback", query), OfficerFeedbackList, opts(signal)),
  answer: (feedbackId: string, body: AnswerFeedbackBody) =>
    apiJson(`/api/feedback/${encodeURIComponent(feedbackId)}/answer`, OfficerFeedback, {
      method: "POST",
      body,
    }),
};
