import { AppError } from "../../http/problem.ts";

const RETURN_TO_INVALID = new AppError(
  400,
  "CITIZEN_RETURN_TO_INVALID",
  "Địa chỉ quay lại không hợp lệ: chỉ chấp nhận một trang của cổng dịch vụ công (bắt đầu bằng /).",
);

/**
 * Where to send the citizen after signing in: only a path of this site. Absolute URLs,
 * protocol-relative `//host`, backslashes and control characters are refused (no open redirect).
 * Returns the normalized path with its query and fragment.
 */
export function safeReturnTo(value: string | undefined, publicUrl: string): string {
  if (value === undefined || value === "") return "/";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (!value.startsWith("/") || value.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(value)) {
    throw RETURN_TO_INVALID;
  }
  const base = new URL(publicUrl);
  const resolved = new URL(value, base);
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  // Normalising may itself make another site: `/..//evil.example/x` becomes `//evil.example/x`.
  // What the browser will be sent must resolve, once more, to this origin.
  if (resolved.origin !== base.origin || new URL(path, base).origin !== base.origin) throw RETURN_TO_INVALID;
  return path;
}
