import type { Role } from "../../db/schema.ts";

/**
 * Who may call the dossier routes (PRC-9), scoped by the dossier's agencies: a role held over the
 * receiving agency, the processing agency or the unit of the current step (roles cover their
 * agency's subtree). These are the outer gate; the lifecycle's own guards then decide whether
 * this role at this agency may act on this dossier now (src/domain/dossier/guards.ts). Operators
 * and system administrators never handle dossiers (ACC-4).
 */
export const dossierPolicies = {
  /** Read a dossier, the inbox, attached files. */
  "dossiers.read": ["one_stop_officer", "specialist", "unit_head", "agency_leader", "procedure_control"],
  /**
   * Upload a file to attach (scans, results, letters): the roles with a command that takes a file
   * (the control office's commands take none, and only the uploader may attach a file).
   */
  "dossiers.upload": ["one_stop_officer", "specialist", "unit_head", "agency_leader"],
  /** The one-stop's work: reception (REC-2, REC-3), supplements, results and their return (RES). */
  "dossiers.one_stop": ["one_stop_officer"],
  /** Work along the workflow: hand-over, transfer, consultation, pauses, results (PRC-2..8, RES-1). */
  "dossiers.process": ["one_stop_officer", "specialist", "unit_head", "agency_leader"],
  /** Assign a step to an officer (PRC-9). */
  "dossiers.assign": ["unit_head", "agency_leader"],
  /** Approve or send back (PRC-9). */
  "dossiers.approve": ["agency_leader"],
  /** Review a cancellation (CAN-2). */
  "dossiers.review_cancellation": ["procedure_control"],
} as const satisfies Record<string, readonly Role[]>;
