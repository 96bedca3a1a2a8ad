import { z } from "zod";

/** REC-10: where the national portal pushes the dossiers submitted on it (bearer NATIONAL_PORTAL_INTAKE_TOKEN). */
export const INTAKE_PATH = "/api/integrations/national-portal/dossiers";

export const PortalSubmissionStatus = z.enum(["pending", "received", "parked", "discarded"]);
export type PortalSubmissionStatus = z.infer<typeof PortalSubmissionStatus>;

/**
 * REC-10: the answer motcua gives the national portal for a pushed submission, in the portal's
 * own convention (`error_code` "0" = recorded, deliver it no more): motcua's dossier code when it
 * became one (200), `parked` with the stable `reasonCode` when it waits for the provincial office
 * (202, the reason in `message`), `discarded` when the office refused it (200).
 */
export const PortalIntakeAnswer = z.object({
  error_code: z.literal("0"),
  message: z.string(),
  status: z.enum(["received", "parked", "discarded"]),
  MaHoSo: z.string().optional(),
  reasonCode: z.string().optional(),
});
export type PortalIntakeAnswer = z.infer<typeof PortalIntakeAnswer>;

/** A submission received from the portal, as the provincial office's list shows it. */
export const PortalSubmission = z.object({
  /** The national dossier code (or `sha256:…` for a body that carried none usable). */
  nationalCode: z.string(),
  source: z.enum(["push", "poll"]),
  status: PortalSubmissionStatus,
  reasonCode: z.string().nullable(),
  reason: z.string().nullable(),
  discardReason: z.string().nullable(),
  attempts: z.number().int(),
  receivedAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  /** What the body says, when it says it (a malformed body may not). */
  procedureCode: z.string().nullable(),
  agencyCode: z.string().nullable(),
  dossierId: z.string().nullable(),
  dossierCode: z.string().nullable(),
});
export type PortalSubmission = z.infer<typeof PortalSubmission>;

export const PortalSubmissionListQuery = z.strictObject({
  /** Default: those waiting for a decision (parked) or in processing. */
  status: PortalSubmissionStatus.optional(),
});
export type PortalSubmissionListQuery = z.infer<typeof PortalSubmissionListQuery>;

export const PortalSubmissionList = z.object({
  /** The oldest first, at most 200. */
  submissions: z.array(PortalSubmission),
});
export type PortalSubmissionList = z.infer<typeof PortalSubmissionList>;

export const PortalSubmissionParams = z.object({
  code: z.string().min(1).max(200, "mã hồ sơ quá dài"),
});

export const DiscardPortalSubmission = z.strictObject({
  reason: z.string().trim().min(5, "cần nêu lý do (ít nhất 5 ký tự)").max(1000),
});
export type DiscardPortalSubmission = z.infer<typeof DiscardPortalSubmission>;

/** After a retry: what became of it now; after a discard: discarded. */
export const PortalSubmissionResolved = z.object({
  nationalCode: z.string(),
  status: PortalSubmissionStatus,
  reasonCode: z.string().nullable(),
  reason: z.string().nullable(),
  dossierCode: z.string().nullable(),
});
export type PortalSubmissionResolved = z.infer<typeof PortalSubmissionResolved>;
