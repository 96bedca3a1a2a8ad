import { AppError } from "../../http/problem.ts";

/** Why a citizen sign-in did not complete: stable codes, Vietnamese messages, never a 500. */
export const SIGN_IN_ERRORS = {
  expired: new AppError(
    400,
    "CITIZEN_SIGN_IN_EXPIRED",
    "Phiên đăng nhập đã hết hạn hoặc đã được sử dụng. Vui lòng đăng nhập lại.",
  ),
  stateMismatch: new AppError(
    400,
    "CITIZEN_SIGN_IN_STATE_MISMATCH",
    "Phản hồi đăng nhập không khớp với yêu cầu của trình duyệt này. Vui lòng đăng nhập lại.",
  ),
  denied: new AppError(
    403,
    "CITIZEN_SIGN_IN_DENIED",
    "Bạn đã huỷ đăng nhập hoặc chưa đồng ý chia sẻ thông tin định danh điện tử.",
  ),
  rejected: new AppError(
    400,
    "CITIZEN_SIGN_IN_REJECTED",
    "Không xác thực được kết quả đăng nhập từ hệ thống định danh điện tử. Vui lòng đăng nhập lại.",
  ),
  incomplete: new AppError(
    422,
    "CITIZEN_IDENTITY_INCOMPLETE",
    "Tài khoản định danh điện tử không cung cấp đủ thông tin (số định danh cá nhân, họ và tên) để đăng nhập.",
  ),
  unavailable: new AppError(
    503,
    "EID_UNAVAILABLE",
    "Chưa kết nối được với hệ thống định danh điện tử (VNeID). Vui lòng thử lại sau ít phút.",
  ),
} as const;

/** An error the provider reported in its authorization response (other than access_denied). */
export function providerError(error: string): AppError {
  return new AppError(
    400,
    "CITIZEN_SIGN_IN_PROVIDER_ERROR",
    `Hệ thống định danh điện tử từ chối yêu cầu đăng nhập (mã lỗi: ${error.slice(0, 60)}). Vui lòng đăng nhập lại.`,
  );
}

/** True for a failure to reach the provider at all (network, timeout), rather than a refusal. */
export function isUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === "AbortError" || error.name === "TimeoutError") return true;
  if (error instanceof TypeError && error.message === "fetch failed") return true;
  return error.cause !== undefined && error.cause !== error && isUnreachable(error.cause);
}
