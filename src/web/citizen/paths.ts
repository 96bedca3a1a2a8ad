import { stateValue } from "../lib/route-state.ts";

export { CITIZEN_SIGN_IN_PATH } from "../../contracts/citizen.ts";
export const CITIZEN_PROFILE_PATH = "/ca-nhan";

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
