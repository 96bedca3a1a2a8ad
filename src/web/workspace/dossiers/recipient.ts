import type { TFunction } from "i18next";
import type { DossierCommandType, DossierView } from "../../../contracts/dossiers.ts";
import { roleLabelOf } from "../roles.ts";

/**
 * Who receives the dossier next when the officer confirms a command that moves it on: the next
 * step of the workflow (its unit and role), the agency's leader, the one-stop desk, the applicant.
 * Null for the commands that keep it where it is.
 */
export function recipientText(view: DossierView, command: DossierCommandType, t: TFunction): string | null {
  switch (command) {
    case "hand_over":
    case "transfer": {
      const next = nextStep(view);
      if (!next) return null;
      return t("dossierCommand.recipient.step", {
        step: next.name,
        role: roleLabelOf(next.role, t),
        unit: next.unitName ?? "",
      });
    }
    case "submit_for_approval":
      return t("dossierCommand.recipient.leader", { agency: view.processingAgency?.name ?? "" });
    case "send_result":
      return t("dossierCommand.recipient.oneStop", { agency: view.receivingAgency.name });
    case "return_result":
      return t("dossierCommand.recipient.applicant", { name: view.applicant.name });
    default:
      return null;
  }
}

/** The step the workflow leads to from here: the current step's first next, or the first step. */
function nextStep(view: DossierView): DossierView["workflow"]["steps"][number] | undefined {
  const steps = view.workflow.steps;
  const current = steps.find((step) => step.current);
  if (!current) return view.status === "received" ? steps[0] : undefined;
  const index = current.next[0];
  return index === undefined ? undefined : steps[index];
}
