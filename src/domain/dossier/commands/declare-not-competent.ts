import { withDeadlines } from "../apply-helpers.ts";
import { DossierErrors } from "../errors.ts";
import { firstError, requireOneStop, requireStatus, text } from "../guards.ts";
import type { CommandBase, CommandHandler, EventEnvelope } from "../handler.ts";

/**
 * REC-2(a) / REC-3: an online dossier that is not this agency's competence ends with guidance to
 * the competent agency. (At the counter no dossier is created: see reception-outcome.ts.)
 */
export interface DeclareNotCompetentCommand extends CommandBase<"declare_not_competent"> {
  readonly guidance: string;
  readonly competentAgency?: string | null;
}

export type DeclaredNotCompetentEvent = EventEnvelope<
  "declared_not_competent",
  { readonly guidance: string; readonly competentAgency: string | null }
>;

export const declareNotCompetent: CommandHandler<DeclareNotCompetentCommand, DeclaredNotCompetentEvent> = {
  command: "declare_not_competent",
  event: "declared_not_competent",
  rule: "REC-2",
  check: (dossier, actor) =>
    firstError(
      () => requireStatus(dossier, ["awaiting_acceptance"], "REC-3", "declare_not_competent"),
      () => requireOneStop(dossier, actor),
    ),
  decide(_dossier, command) {
    const guidance = text(command.guidance);
    if (!guidance)
      throw DossierErrors.fieldRequired("guidance", "Hướng dẫn gửi đến cơ quan có thẩm quyền", "REC-2");
    return {
      type: "declared_not_competent",
      rule: "REC-2",
      payload: { guidance, competentAgency: text(command.competentAgency) },
    };
  },
  apply: (dossier, { at, actor, payload }) => ({
    ...dossier,
    status: "not_competent",
    notCompetent: { ...payload, at, by: actor },
    subDeadlines: withDeadlines(dossier, at, [{ kind: "online_acceptance", as: "done" }]),
  }),
};
