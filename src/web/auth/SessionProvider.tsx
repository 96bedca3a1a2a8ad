import { type ReactNode, useCallback, useEffect, useMemo, useState } from "react";
import type { LoginRequest } from "../../contracts/auth.ts";
import { ApiError } from "../api-client/client.ts";
import { api } from "../api-client/endpoints.ts";
import { SessionContext, type SessionState } from "./session-context.ts";

/** Asks the server once, at start, who is signed in (the session itself lives in an HttpOnly cookie). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({ status: "loading" });

  useEffect(() => {
    const controller = new AbortController();
    api.me(controller.signal).then(
      ({ officer }) => setSession({ status: "signedIn", officer }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        // 401 is the normal "nobody signed in"; any other failure also leaves the visitor signed out.
        if (!(error instanceof ApiError && error.status === 401))
          console.warn("GET /api/auth/me failed", error);
        setSession({ status: "signedOut" });
      },
    );
    return () => controller.abort();
  }, []);

  const signIn = useCallback(async (credentials: LoginRequest) => {
    const { officer } = await api.login(credentials);
    setSession({ status: "signedIn", officer });
    return officer;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.logout();
    } catch (error) {
      // An expired session is as good as a closed one.
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    setSession({ status: "signedOut" });
  }, []);

  const signOutEverywhere = useCallback(async () => {
    try {
      await api.logoutAll();
    } catch (error) {
      // This session had already ended: the officer signs in again (and may retry), not told it was done.
      if (error instanceof ApiError && error.status === 401) setSession({ status: "signedOut" });
      throw error;
    }
    setSession({ status: "signedOut" });
  }, []);

  const refresh = useCallback(async () => {
    try {
      const { officer } = await api.me();
      setSession({ status: "signedIn", officer });
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) throw error;
      setSession({ status: "signedOut" });
    }
  }, []);

  const value = useMemo(
    () => ({ session, signIn, signOut, signOutEverywhere, refresh }),
    [session, signIn, signOut, signOutEverywhere, refresh],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}
