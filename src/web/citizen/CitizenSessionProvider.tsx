import { type ReactNode, useCallback, useEffect, useMemo, useState } from "react";
import { ApiError } from "../api-client/client.ts";
import { citizenApi } from "./api.ts";
import { CitizenSessionContext, type CitizenSessionState } from "./session-context.ts";

const notSignedIn = (error: unknown) => error instanceof ApiError && error.status === 401;

/**
 * Asks the server once, at start, which citizen is signed in (the session lives in an HttpOnly
 * cookie set when the e-ID sends the browser back). Independent of the officer's SessionProvider.
 */
export function CitizenSessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<CitizenSessionState>({ status: "loading" });

  useEffect(() => {
    const controller = new AbortController();
    citizenApi.me(controller.signal).then(
      ({ citizen }) => setSession({ status: "signedIn", citizen }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        // 401 is the normal "no citizen signed in"; any other failure also leaves the visitor signed out.
        if (!notSignedIn(error)) console.warn("GET /api/citizen/me failed", error);
        setSession({ status: "signedOut", byChoice: false });
      },
    );
    return () => controller.abort();
  }, []);

  const signOut = useCallback(async () => {
    try {
      await citizenApi.logout();
    } catch (error) {
      // An expired session is as good as a closed one.
      if (!notSignedIn(error)) throw error;
    }
    setSession({ status: "signedOut", byChoice: true });
  }, []);

  const refresh = useCallback(async () => {
    try {
      const { citizen } = await citizenApi.me();
      setSession({ status: "signedIn", citizen });
    } catch (error) {
      if (!notSignedIn(error)) throw error;
      setSession({ status: "signedOut", byChoice: false });
    }
  }, []);

  const value = useMemo(() => ({ session, signOut, refresh }), [session, signOut, refresh]);
  return <CitizenSessionContext value={value}>{children}</CitizenSessionContext>;
}
