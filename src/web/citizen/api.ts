import { CitizenMeResponse, type ConsentChange, ConsentsResponse } from "../../contracts/citizen.ts";
import { apiJson, apiVoid } from "../api-client/client.ts";
import { withQuery } from "../api-client/query.ts";

const opts = (signal?: AbortSignal) => (signal ? { signal } : {});

/** The citizen's side of the API (src/contracts/citizen.ts): always the citizen of the session cookie. */
export const citizenApi = {
  me: (signal?: AbortSignal) => apiJson("/api/citizen/me", CitizenMeResponse, opts(signal)),
  logout: () => apiVoid("/api/citizen/auth/logout", { method: "POST" }),
  consents: (signal?: AbortSignal) => apiJson("/api/citizen/consents", ConsentsResponse, opts(signal)),
  changeConsent: (body: ConsentChange) =>
    apiJson("/api/citizen/consents", ConsentsResponse, { method: "POST", body }),
};

/**
 * Where the browser goes to sign in with the e-ID (a full page load, not a fetch): the server
 * redirects to VNeID and, once the citizen has signed in and consented, back to `returnTo`.
 */
export function citizenSignInStartUrl(returnTo: string): string {
  return withQuery("/api/citizen/auth/start", { returnTo });
}
