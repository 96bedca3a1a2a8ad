import { stateValue } from "../lib/route-state.ts";

export { CITIZEN_SIGN_IN_PATH } from "../../contracts/citizen.ts";
export const CITIZEN_PROFILE_PATH = "/ca-nhan";
/** "Hồ sơ của tôi": the citizen's own dossiers, and one of them. */
export const MY_DOSSIERS_PATH = "/cong-dan/ho-so";
export const myDossierPath = (dossierId: string) => `${MY_DOSSIERS_PATH}/${encodeURIComponent(dossierId)}`;
/** "Kho dữ liệu điện tử" (RES-3, DIG-1): the citizen's personal data store. */
export const DATA_STORE_PATH = "/cong-dan/kho-du-lieu";

/**
 * The payment platform sends the citizen back to their own page with `?ho-so=<dossier id>` (and
 * its `giao-dich=<transaction>`): that dossier's page, keeping the transaction; null otherwise.
 */
export function paymentReturnPath(search: string): string | null {
  const params = new URLSearchParams(search);
  const dossierId = params.get("ho-so");
  if (!dossierId) return null;
  params.delete("ho-so");
  const rest = params.toString();
  return `${myDossierPath(dossierId)}${rest ? `?${rest}` : ""}`;
}

const isSitePath = (value: string | null): value is string =>
  value?.startsWith("/") === true && !value.startsWith("//") && !value.includes("\\");

/** The home page, the sign-in pages, the officers' and administrators' areas. */
const notForCitizens = /^\/(?:|dang-nhap|dang-nhap-cong-dan|(?:can-bo|quan-tri)(?:\/.*)?)$/;

/**
 * Where a citizen goes once signed in: the page that sent them to the sign-in page (router state
 * `from`, or `?returnTo=` for a link from outside the app), except the home page, the sign-in
 * pages and the officers' pages, which lead to the citizen's own page.
 */
export function citizenReturnPath(state: unknown, search: string): string {
  const from = stateValue(state, "from") ?? new URLSearchParams(search).get("returnTo");
  if (!isSitePath(from)) return CITIZEN_PROFILE_PATH;
  const pathname = from.split(/[?#]/, 1)[0] ?? "";
  if (notForCitizens.test(pathname)) return CITIZEN_PROFILE_PATH;
  return from;
}
