import type { Actor } from "../actor.ts";
import { DossierErrors } from "../errors.ts";
import { isOfficer } from "../guards.ts";

/** CAN-2: the reviewer is the provincial office's procedure_control officer (accountable, recorded). */
export function requireProcedureControl(actor: Actor) {
  return isOfficer(actor) && actor.role === "procedure_control" ? null : DossierErrors.notProcedureControl();
}
