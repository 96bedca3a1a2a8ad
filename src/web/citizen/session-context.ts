import { createContext } from "react";
import type { CitizenProfile } from "../../contracts/citizen.ts";

export type CitizenSessionState =
  | { status: "loading" }
  /** `byChoice`: the citizen has just signed out here, so pages send them home rather than to sign-in. */
  | { status: "signedOut"; byChoice: boolean }
  | { status: "signedIn"; citizen: CitizenProfile };

export interface CitizenSessionContextValue {
  session: CitizenSessionState;
  /** Closes the session on the server; throws `ApiError` when the server could not be reached. */
  signOut: () => Promise<void>;
  /** Asks the server again who is signed in. */
  refresh: () => Promise<void>;
}

/**
 * The citizen signed in with the e-ID (cookie `motcua_citizen`), separate from the officer session:
 * a browser may hold either, both or none.
 */
export const CitizenSessionContext = createContext<CitizenSessionContextValue | null>(null);
