import { z } from "zod";

// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
const UNSAFE_CHARACTERS = /[\s\\\u0000-\u001f\u007f]/;

/**
 * A link the public pages may show: an absolute http(s) address, or a path of this site that
 * starts with exactly one `/`. Refused: protocol-relative `//host`, `/\host` (browsers read both as
 * another site), other schemes (`javascript:`, `data:`), spaces, backslashes and control characters.
 * The contract and the web pages both use this one rule.
 */
export function isSafeLink(value: string): boolean {
  if (UNSAFE_CHARACTERS.test(value)) return false;
  if (value.startsWith("/")) return !value.startsWith("//");
  if (!/^https?:\/\//i.test(value) || !URL.canParse(value)) return false;
  return new URL(value).hostname !== "";
}

export const SafeLink = z
  .string()
  .trim()
  .max(500)
  .refine(
    isSafeLink,
    "đường dẫn phải bắt đầu bằng https:// (hoặc http://), hoặc bằng một dấu / (trang của cổng)",
  );
