import { useContext } from "react";
import { CitizenSessionContext, type CitizenSessionContextValue } from "./session-context.ts";

export function useCitizenSession(): CitizenSessionContextValue {
  const value = useContext(CitizenSessionContext);
  if (!value) throw new Error("useCitizenSession must be used inside <CitizenSessionProvider>");
  return value;
}
