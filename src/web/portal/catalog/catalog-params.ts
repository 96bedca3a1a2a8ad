import type {
  ApplicantType,
  CatalogSearchQuery,
  ProcedureLevel,
  ServiceLevel,
} from "../../../contracts/catalog.ts";

/**
 * The catalog search in the address bar, with Vietnamese names so that a shared link reads well:
 * `/thu-tuc?q=khai+sinh&muc=toan-trinh&doituong=ca-nhan&trang=2`.
 */
const PARAMS = {
  q: "q",
  field: "linhvuc",
  agencyId: "coquan",
  serviceLevel: "muc",
  applicantType: "doituong",
  level: "cap",
  page: "trang",
} as const;

const SERVICE_LEVEL_SLUGS: Record<ServiceLevel, string> = {
  full_online: "toan-trinh",
  partial_online: "mot-phan",
  information_only: "thong-tin",
};
const APPLICANT_SLUGS: Record<ApplicantType, string> = {
  individual: "ca-nhan",
  organization: "to-chuc",
};
const LEVEL_SLUGS: Record<ProcedureLevel, string> = {
  province: "tinh",
  department: "so-nganh",
  district: "huyen",
  commune: "xa",
};

export const PAGE_SIZE = 20;

/** What the catalog page shows: the query for the API, from the address (unknown values are ignored). */
export type CatalogFilters = Pick<
  CatalogSearchQuery,
  "q" | "field" | "agencyId" | "serviceLevel" | "applicantType" | "level"
> & { page: number };

export type FilterName = "field" | "agencyId" | "serviceLevel" | "applicantType" | "level";
const FILTER_NAMES: readonly FilterName[] = ["field", "serviceLevel", "applicantType", "level", "agencyId"];

function fromSlug<T extends string>(slugs: Record<T, string>, slug: string | null): T | undefined {
  if (!slug) return undefined;
  return (Object.keys(slugs) as T[]).find((key) => slugs[key] === slug);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FIELD_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

export function readFilters(search: URLSearchParams): CatalogFilters {
  const filters: CatalogFilters = { page: 1 };
  const q = search.get(PARAMS.q)?.trim().slice(0, 200);
  if (q) filters.q = q;
  const field = search.get(PARAMS.field);
  if (field && FIELD_CODE.test(field)) filters.field = field;
  const agencyId = search.get(PARAMS.agencyId);
  if (agencyId && UUID.test(agencyId)) filters.agencyId = agencyId;
  const serviceLevel = fromSlug(SERVICE_LEVEL_SLUGS, search.get(PARAMS.serviceLevel));
  if (serviceLevel) filters.serviceLevel = serviceLevel;
  const applicantType = fromSlug(APPLICANT_SLUGS, search.get(PARAMS.applicantType));
  if (applicantType) filters.applicantType = applicantType;
  const level = fromSlug(LEVEL_SLUGS, search.get(PARAMS.level));
  if (level) filters.level = level;
  const page = Number(search.get(PARAMS.page));
  if (Number.isInteger(page) && page > 1 && page <= 1000) filters.page = page;
  return filters;
}

export function writeFilters(filters: CatalogFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.q) search.set(PARAMS.q, filters.q);
  if (filters.field) search.set(PARAMS.field, filters.field);
  if (filters.agencyId) search.set(PARAMS.agencyId, filters.agencyId);
  if (filters.serviceLevel) search.set(PARAMS.serviceLevel, SERVICE_LEVEL_SLUGS[filters.serviceLevel]);
  if (filters.applicantType) search.set(PARAMS.applicantType, APPLICANT_SLUGS[filters.applicantType]);
  if (filters.level) search.set(PARAMS.level, LEVEL_SLUGS[filters.level]);
  if (filters.page > 1) search.set(PARAMS.page, String(filters.page));
  return search;
}

/** The filters with one changed; any change of what is searched goes back to page 1. */
export function withFilter(
  filters: CatalogFilters,
  name: FilterName | "q",
  value: string | undefined,
): CatalogFilters {
  const next: CatalogFilters = { ...filters, page: 1 };
  if (value === undefined || value === "") delete next[name];
  else (next as Record<string, unknown>)[name] = value;
  return next;
}

/** The API query: the filters and the page size. */
export function searchQuery(filters: CatalogFilters): Partial<CatalogSearchQuery> {
  return { ...filters, pageSize: PAGE_SIZE };
}

export function hasFilters(filters: CatalogFilters): boolean {
  return FILTER_NAMES.some((name) => filters[name] !== undefined);
}
