import { z } from "zod";
import { FileId, ResultDelivery, StoredFileInfo } from "./dossiers.ts";

/**
 * REC-4 (issue #14): the citizen's online submission saved as they go, on the server, so that it
 * can be resumed later on another device; REC-5 / SEC-5: the fields the e-form marks for pre-fill,
 * filled from the e-ID identity data and earlier answers only with the citizen's consent.
 * Every route serves the session's citizen only; another citizen's draft does not exist (404).
 */

/** The largest e-form answers a draft keeps (its JSON, in characters). */
export const DRAFT_MAX_FORM_CHARS = 200_000;

export const DraftParams = z.object({ procedureId: z.uuid("mã thủ tục không hợp lệ") });
export type DraftParams = z.infer<typeof DraftParams>;

const DraftComponent = z.strictObject({ index: z.number().int().min(0).max(99), fileId: FileId });

/** `PUT /api/citizen/drafts/:procedureId`: the whole draft as it is now. */
export const SaveDraftRequest = z.strictObject({
  /** The draft's Idempotency-Key, made once when the draft starts and kept when it is resumed. */
  idempotencyKey: z.string().regex(/^[\x21-\x7e]{1,200}$/, "khóa bản nháp không hợp lệ"),
  formVersion: z.number().int().min(1).nullable(),
  step: z.number().int().min(0).max(100),
  agencyId: z.uuid("mã cơ quan không hợp lệ").nullable(),
  formData: z.record(z.string(), z.unknown()),
  components: z.array(DraftComponent).max(100),
  resultDelivery: ResultDelivery.nullable(),
});
export type SaveDraftRequest = z.infer<typeof SaveDraftRequest>;

/** A draft as read back: its files described (those no longer stored are left out). */
export const OnlineDraft = SaveDraftRequest.omit({ components: true }).extend({
  procedureId: z.string(),
  components: z.array(z.object({ index: z.number().int(), file: StoredFileInfo })),
  updatedAt: z.string(),
});
export type OnlineDraft = z.infer<typeof OnlineDraft>;

/** "Hồ sơ đang soạn": the citizen's drafts, most recently changed first. */
export const DraftSummary = z.object({
  procedureId: z.string(),
  procedureCode: z.string(),
  procedureName: z.string(),
  step: z.number().int(),
  updatedAt: z.string(),
});
export type DraftSummary = z.infer<typeof DraftSummary>;
export const DraftList = z.object({ items: z.array(DraftSummary) });
export type DraftList = z.infer<typeof DraftList>;

export const PrefillQuery = z.object({ procedureId: z.uuid("mã thủ tục không hợp lệ") });
export type PrefillQuery = z.infer<typeof PrefillQuery>;

export const PrefillSource = z.enum(["eid", "earlier"]);
export type PrefillSource = z.infer<typeof PrefillSource>;

/**
 * `GET /api/citizen/prefill?procedureId=`: without the `prefill_forms` consent in force,
 * `consented` is false and nothing is filled. Only fields the form marks `prefill` are returned.
 */
export const PrefillResponse = z.object({
  consented: z.boolean(),
  values: z.record(z.string(), z.unknown()),
  /** Where each value came from: the e-ID identity data or an earlier dossier of the citizen. */
  sources: z.record(z.string(), PrefillSource),
});
export type PrefillResponse = z.infer<typeof PrefillResponse>;
