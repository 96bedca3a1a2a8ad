import type { TFunction } from "i18next";

export const lockReasons = ["lost", "misused", "other"] as const;
export const revokeReasons = ["moved", "left", "retired", "other"] as const;

const knownReasons = ["lost", "misused", "other", "too_many_failures", "moved", "left", "retired"] as const;
type KnownReason = (typeof knownReasons)[number];

/**
 * The server records a lock or revocation as `reason` or `reason: note` (`misused: dùng chung mật
 * khẩu`); an automatic lock after wrong passwords as `too_many_failures`.
 */
export function parseStatusReason(text: string): { code: string; note: string | null } {
  const at = text.indexOf(":");
  if (at < 0) return { code: text.trim(), note: null };
  return { code: text.slice(0, at).trim(), note: text.slice(at + 1).trim() || null };
}

const isKnown = (code: string): code is KnownReason => (knownReasons as readonly string[]).includes(code);

/** "Báo mất thiết bị, tài khoản — để quên điện thoại"; an unknown code is shown as it is. */
export function statusReasonText(text: string, t: TFunction): string {
  const { code, note } = parseStatusReason(text);
  if (!isKnown(code)) return text;
  const label = t(`accounts.reasons.${code}`);
  return note ? `${label} — ${note}` : label;
}
