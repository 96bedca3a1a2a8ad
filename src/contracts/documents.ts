import { z } from "zod";

/**
 * The printable forms (TT 01/2018 or TT 03/2025/TT-VPCP, by the dossier's reception) over HTTP:
 * the forms of one dossier as PDF, and the tracking book of a period as PDF or Excel.
 */

/**
 * The form's key, not the number it prints (that follows the dossier's set of forms): mau-01
 * receipt, mau-02 supplement request, mau-03 refusal, mau-04 apology, mau-05 control slip (its
 * TT 01/2018 number, kept so links stay valid; Mẫu số 06 under TT 03/2025), dung-xu-ly the stop
 * notice (Mẫu số 05 of TT 03/2025 only).
 */
export const DossierFormName = z.enum(["mau-01", "mau-02", "mau-03", "mau-04", "mau-05", "dung-xu-ly"]);
export type DossierFormName = z.infer<typeof DossierFormName>;

/** The forms a citizen may download for their own dossier (not the agencies' internal control slip). */
export const CitizenFormName = z.enum(["mau-01", "mau-02", "mau-03", "mau-04", "dung-xu-ly"]);
export type CitizenFormName = z.infer<typeof CitizenFormName>;

export const DossierFormParams = z.object({
  dossierId: z.uuid("mã hồ sơ không hợp lệ"),
  form: DossierFormName,
});

export const CitizenFormParams = z.object({
  dossierId: z.uuid("mã hồ sơ không hợp lệ"),
  form: CitizenFormName,
});

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "ngày phải có dạng YYYY-MM-DD");

export const TrackingBookQuery = z
  .object({
    /** The agency (its one-stop) whose book it is. */
    agencyId: z.uuid("mã cơ quan không hợp lệ"),
    /** First and last day of the period (Vietnam dates, both included). */
    from: IsoDate,
    to: IsoDate,
    format: z.enum(["pdf", "xlsx"]).default("pdf"),
    /** Quyển số. */
    volume: z.string().trim().max(50).optional(),
  })
  .refine((query) => query.from <= query.to, {
    message: "ngày bắt đầu phải trước ngày kết thúc",
    path: ["to"],
  });
export type TrackingBookQuery = z.infer<typeof TrackingBookQuery>;
