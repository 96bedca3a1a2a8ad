import type { Generated } from "kysely";

/** Tables of migration 0030_ratings_feedback.sql (SAT-1..3), joined into `Database`. */
export interface SatisfactionTables {
  dossier_rating: DossierRatingTable;
  feedback: FeedbackTable;
}

export type SatisfactionLevel = "very_satisfied" | "satisfied" | "unsatisfied";

export interface DossierRatingTable {
  dossier_id: string;
  agency_id: string;
  officer_id: string | null;
  citizen_id: string;
  agency_level: SatisfactionLevel;
  officer_level: SatisfactionLevel | null;
  comment: string | null;
  rated_at: Date;
}

export interface FeedbackTable {
  id: Generated<string>;
  agency_id: string;
  citizen_id: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  subject: string;
  content: string;
  dossier_code: string | null;
  procedure_code: string | null;
  received_at: Date;
  due_at: Date;
  answer: string | null;
  answer_published: Generated<boolean>;
  answered_at: Date | null;
  answered_by: string | null;
}
