import type { ColumnType, Generated } from "kysely";
import type {
  ApplicantType,
  DossierComponent,
  Fee,
  LegalDocument,
  ProcedureLevel,
  ServiceLevel,
  VersionStatus,
} from "../../../contracts/catalog.ts";
import type { DurationUnit } from "../../../domain/deadline/duration.ts";

/** Tables of the procedure catalog (migration 0004_catalog.sql), joined into `Database`. */
export interface CatalogTables {
  procedure: ProcedureTable;
  procedure_version: ProcedureVersionTable;
  procedure_version_agency: ProcedureVersionAgencyTable;
  catalog_word: CatalogWordTable;
}

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** jsonb: read as parsed JSON, written as a JSON string (node-pg would turn arrays into SQL arrays). */
type JsonArray<T> = ColumnType<T[], string, string>;

export interface ProcedureTable {
  id: Generated<string>;
  code: string;
  published_version: number | null;
  last_version: Generated<number>;
  created_at: CreatedAt;
}

export interface ProcedureVersionTable {
  id: Generated<string>;
  procedure_id: string;
  version: number;
  status: VersionStatus;
  name: string;
  field_code: string;
  field_name: string;
  levels: ProcedureLevel[];
  applicant_types: ApplicantType[];
  service_level: ServiceLevel;
  processing_amount: number;
  processing_unit: DurationUnit;
  same_day_cutoff: string | null;
  supplement_limit_days: number;
  digital_signature_required: boolean;
  electronic_result: boolean;
  result_name: string;
  fees: JsonArray<Fee>;
  components: JsonArray<DossierComponent>;
  steps: JsonArray<string>;
  requirements: JsonArray<string>;
  legal_basis: JsonArray<LegalDocument>;
  applicant_mask: ColumnType<number, never, never>;
  level_mask: ColumnType<number, never, never>;
  search_name: ColumnType<string, never, never>;
  search_text: ColumnType<string, never, never>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  published_at: Date | null;
  published_by: string | null;
  retired_at: Date | null;
}

export interface ProcedureVersionAgencyTable {
  version_id: string;
  agency_id: string;
}

export interface CatalogWordTable {
  word: string;
}
