import { z } from "zod";

/** Facts about this deployment shown on every page (header, footer, page title). */
export const PublicSite = z.object({
  provinceName: z.string(),
  provinceNameEn: z.string(),
  /** The agency that runs the system, e.g. "Văn phòng UBND tỉnh Thanh Hóa". */
  operatorName: z.string(),
  operatorNameEn: z.string(),
  hotline: z.string(),
  /** Office hours as people read them, e.g. "Thứ Hai – Thứ Sáu, 07:30–11:30 và 13:00–17:00". */
  officeHours: z.string(),
  officeHoursEn: z.string(),
  /**
   * REC-4: whether this deployment's own portal takes online submissions (CITIZEN_PORTAL_ENABLED);
   * when it does not, `nationalProcedureLink` (with `{code}` for the procedure's national code)
   * is where "Nộp trực tuyến" leads instead.
   */
  citizenPortal: z.object({ enabled: z.boolean(), nationalProcedureLink: z.string() }),
});
export type PublicSite = z.infer<typeof PublicSite>;
