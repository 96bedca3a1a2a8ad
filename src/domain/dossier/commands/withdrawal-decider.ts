import type { Actor } from "../actor.ts";
import { DossierErrors } from "../errors.ts";
import { isAgencyOfficer, isOneStop } from "../guards.ts";
import type { Dossier } from "../state.ts";

/**
 * WDR-3: the agency (or officer) assigned to the dossier decides on a withdrawal; while the dossier
 * has not left the one-stop yet, the one-stop decides.
 */
export function requireWithdrawalDecider(dossier: Dossier, actor: Actor) {
  if (dossier.processingAgencyId === null)
    return isOneStop(dossier, actor) ? null : DossierErrors.notOneStop();
  return isAgencyOfficer(dossier, actor) ? null : DossierErrors.notAgencyOfficer();
}
