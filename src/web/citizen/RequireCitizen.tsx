import { type ReactNode, useState } from "react";
import { Navigate, useLocation } from "react-router";
import type { CitizenProfile } from "../../contracts/citizen.ts";
import { PageLoader } from "../components/PageLoader.tsx";
import { CITIZEN_SIGN_IN_PATH } from "./paths.ts";
import { useCitizenSession } from "./useCitizenSession.ts";

/**
 * The gate of every citizen page: waits for the session and sends a visitor to the citizen sign-in
 * page, which brings them back here afterwards. A citizen who signs out while on the page goes
 * home instead. The server checks every request again.
 */
export function RequireCitizen({ children }: { children: (citizen: CitizenProfile) => ReactNode }) {
  const { session } = useCitizenSession();
  const location = useLocation();
  // Whether this page has shown a citizen, so that signing out here leads home, not to sign-in.
  const [shown, setShown] = useState(false);
  if (session.status === "signedIn" && !shown) setShown(true);

  if (session.status === "loading") return <PageLoader />;
  if (session.status === "signedOut") {
    if (session.byChoice && shown) return <Navigate to="/" replace />;
    return (
      <Navigate to={CITIZEN_SIGN_IN_PATH} replace state={{ from: location.pathname + location.search }} />
    );
  }
  return children(session.citizen);
}
