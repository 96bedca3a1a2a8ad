import { AppError } from "../../http/problem.ts";

/**
 * REC-4 per deployment (CITIZEN_PORTAL_ENABLED): a province whose online dossiers all arrive
 * through the National Public Service Portal turns its own citizen portal off; submitting there
 * is then refused with a stable code, and the portal's pages send people to the national one.
 */
export function requireCitizenPortalOpen(enabled: boolean): void {
  if (enabled) return;
  throw new AppError(
    409,
    "CITIZEN_PORTAL_DISABLED",
    "Cổng dịch vụ công của địa phương không nhận hồ sơ trực tuyến; vui lòng nộp hồ sơ trên " +
      "Cổng Dịch vụ công quốc gia (dichvucong.gov.vn).",
  );
}
