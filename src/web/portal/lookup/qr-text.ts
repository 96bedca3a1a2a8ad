import { DossierCode } from "../../../contracts/dossiers.ts";

/** What a decoded QR says, for the lookup (CODE-3, LKP-1). */
export type QrLookup = { ok: true; code: string } | { ok: false };

/**
 * The dossier code in a QR's text: the receipt's lookup address (`…/tra-cuu?ma=<code>`, any host,
 * since a deployment may print its public address) or a bare code. Anything else is not ours.
 */
export function codeFromQrText(text: string): QrLookup {
  const raw = text.trim();
  if (!raw) return { ok: false };
  const bare = DossierCode.safeParse(raw);
  if (bare.success) return { ok: true, code: bare.data };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false };
  if (!/\/tra-cuu\/?$/.test(url.pathname)) return { ok: false };
  const code = DossierCode.safeParse(url.searchParams.get("ma") ?? "");
  return code.success ? { ok: true, code: code.data } : { ok: false };
}
