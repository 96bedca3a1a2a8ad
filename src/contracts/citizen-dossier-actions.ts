import { z } from "zod";
import { ExpectedVersion, optionalText, text } from "./fields.ts";

/**
 * What the applicant does on their own dossier from "Hồ sơ của tôi": answer the agency's request
 * for a supplement online (REC-8; after PRC-5 or PRC-6 too) and ask to withdraw it (WDR-1,
 * channel "online"). Both act as the applicant signed in with e-ID: no body field names a person.
 *
 * Not importing dossiers.ts, which imports this file for the citizen view: the shared fields are
 * in fields.ts.
 */

const Timestamp = z.string();

/** `POST /api/citizen/dossiers/:dossierId/supplement` (REC-8). */
export const CitizenSupplementRequest = z.strictObject({
  expectedVersion: ExpectedVersion,
  /** What is being supplied (the items asked, ticked, or written in). */
  documents: z.array(text(1000)).min(1, "chọn hoặc ghi ít nhất một giấy tờ bổ sung").max(50),
  note: optionalText(2000),
  /** Files uploaded first (`POST /api/citizen/files`), attached with purpose "supplement". */
  fileIds: z.array(z.uuid("mã tệp không hợp lệ")).min(1, "tải lên ít nhất một tệp giấy tờ bổ sung").max(50),
});
export type CitizenSupplementRequest = z.infer<typeof CitizenSupplementRequest>;

/** `POST /api/citizen/dossiers/:dossierId/withdrawal` (WDR-1). */
export const CitizenWithdrawalRequest = z.strictObject({
  expectedVersion: ExpectedVersion,
  reason: text(2000),
});
export type CitizenWithdrawalRequest = z.infer<typeof CitizenWithdrawalRequest>;

/** The agency's open request that the applicant can answer online now (REC-8, PRC-5, PRC-6). */
export const CitizenOpenSupplement = z.object({
  kind: z.enum(["reception", "return", "correction"]),
  rule: z.string(),
  reason: z.string(),
  items: z.array(z.string()),
  requestedAt: Timestamp,
});
export type CitizenOpenSupplement = z.infer<typeof CitizenOpenSupplement>;

/**
 * One withdrawal request and what became of it (WDR-1..4): `pending` until the one-stop forwards
 * it, `forwarded` until the agency decides, then `allowed` (the dossier ends, with or without the
 * papers back) or `rejected` (with the agency's reason; the dossier goes on).
 */
export const CitizenWithdrawal = z.object({
  reason: z.string(),
  channel: z.enum(["online", "letter"]),
  requestedAt: Timestamp,
  outcome: z.enum(["pending", "forwarded", "allowed", "rejected"]),
  decidedAt: Timestamp.nullable(),
  rejectionReason: z.string().nullable(),
  endedAt: Timestamp.nullable(),
});
export type CitizenWithdrawal = z.infer<typeof CitizenWithdrawal>;

/** The fields "Hồ sơ của tôi" needs for these actions (part of the citizen's dossier view). */
export const CitizenDossierActions = {
  /** The request the applicant can answer online now, else null. */
  openSupplement: CitizenOpenSupplement.nullable(),
  /** WDR-1: the status allows a withdrawal, none is open, and the dossier is the account's own. */
  canWithdraw: z.boolean(),
  /** Every withdrawal request, oldest first. */
  withdrawals: z.array(CitizenWithdrawal),
};
