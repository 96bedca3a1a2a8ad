import { createContext } from "react";
import type { CurrentOfficer, LoginRequest } from "../../contracts/auth.ts";

export type SessionState =
  | { status: "loading" }
  | { status: "signedOut" }
  | { status: "signedIn"; officer: CurrentOfficer };

export interface SessionContextValue {
  session: SessionState;
  /** Throws `ApiError` (e.g. `AUTH_INVALID_CREDENTIALS`) when the server refuses. */
  signIn: (credentials: LoginRequest) => Promise<CurrentOfficer>;
  signOut: () => Promise<void>;
  /** Closes every session of the officer, on every device (ACC-1: a lost phone, a shared computer). */
  signOutEverywhere: () => Promise<void>;
  /** Asks the server again who is signed in (e.g. after a password change clears `mustChangePassword`). */
  refresh: () => Promise<void>;
}

export const SessionContext = createContext<SessionContextValue | null>(null);
