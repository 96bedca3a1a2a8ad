import { type RawBuilder, sql } from "kysely";
import {
  ApplicantType,
  type CatalogSearchQuery,
  type CatalogSearchResult,
  ProcedureLevel,
  ServiceLevel,
} from "../../../contracts/catalog.ts";
import type { Db } from "../../db/database.ts";
import { agencySubtree } from "../organization/agency-subtree.ts";
import { codePrefixOf, wordsOf } from "./search-terms.ts";

/**
 * LKP-2: search the published catalog by keyword (diacritics-insensitive), agency, field, service
 * level, applicant type and level, with facet counts — one SQL statement, one round trip.
 *
 * How a keyword is matched:
 * - a national code or its beginning (`1.001193`, `1.0011`): by code;
 * - otherwise every word must begin a word of the procedure's name or field name, both sides
 *   folded by catalog_fold (lower case, no diacritics: "cap giay phep xay dung" matches
 *   "Cấp giấy phép xây dựng…"). Ranking: name beginning with the phrase, phrase in the name, all
 *   words in the name, the rest; then shorter names first;
 * - typos: a word that begins no word of the catalog is replaced by the most similar catalog
 *   words (pg_trgm similarity over `catalog_word`); the answer then says `approximate: true` and
 *   ranks by similarity to what was typed.
 */
export async function searchProcedures(db: Db, query: CatalogSearchQuery): Promise<CatalogSearchResult> {
  const q = query.q ?? "";
  const codePrefix = codePrefixOf(q);
  if (codePrefix) return run(db, query, { kind: "code", prefix: codePrefix });
  const words = wordsOf(q);
  if (words.length === 0) return run(db, query, { kind: "all" });
  const spelling = await checkSpelling(db, words);
  if (!spelling) return run(db, query, { kind: "words", groups: words.map((w) => [w]) });
  return run(db, query, { kind: "words", groups: spelling, approximate: true, original: words.join(" ") });
}

type Match =
  | { kind: "all" }
  | { kind: "code"; prefix: string }
  /** Every group must match; a group is a word and, after a typo, its likely spellings. */
  | { kind: "words"; groups: string[][]; approximate?: boolean; original?: string };

/**
 * Typos (LKP-2): undefined when every word begins a word of the catalog (search as typed).
 * Otherwise each unknown word is replaced by up to three similar catalog words, and a word with
 * nothing similar is dropped. A word of no published procedure cannot match, so searching as
 * typed would find nothing.
 */
async function checkSpelling(db: Db, words: string[]): Promise<string[][] | undefined> {
  // Folded once (MATERIALIZED), not once per catalog word compared.
  const { rows } = await sql<{ word: string; similar: string[] | null }>`
    WITH t AS MATERIALIZED (
      SELECT u.ord, btrim(catalog_fold(u.raw)) AS word
        FROM unnest(${words}::text[]) WITH ORDINALITY AS u(raw, ord)
    )
    SELECT t.word,
           CASE WHEN EXISTS (SELECT 1 FROM catalog_word c WHERE c.word LIKE t.word || '%') THEN NULL
                -- The nearest words by trigram distance (GiST index), then the closest in length.
                ELSE ARRAY(SELECT k.word
                             FROM (SELECT c.word, similarity(c.word, t.word) AS s FROM catalog_word c
                                    ORDER BY c.word <-> t.word LIMIT 6) k
                            WHERE k.s >= 0.2
                            ORDER BY k.s DESC, abs(length(k.word) - length(t.word)), k.word
                            LIMIT 3) END AS similar
      FROM t
     WHERE t.word <> ''
     ORDER BY t.ord`.execute(db);
  if (rows.every((r) => r.similar === null)) return undefined;
  // Nothing left (every word unknown and unlike any catalog word): an empty search, no results.
  return rows.map((r) => r.similar ?? [r.word]).filter((group) => group.length > 0);
}

interface Ranking {
  where: RawBuilder<unknown>;
  tier: RawBuilder<unknown>;
  /** Higher first, within a tier; only computed for approximate searches (trigram cost). */
  score: RawBuilder<unknown>;
  sortKey: RawBuilder<unknown>;
  /** Keywords: shorter names first (the closest to what was typed); browsing: alphabetical. */
  byLength: boolean;
}

/** LIKE pattern for "a word of the folded text begins with this word". */
const wordStart = (word: string) => sql`rtrim(catalog_fold(${word})) || '%'`;

function ranking(match: Match): Ranking {
  switch (match.kind) {
    case "all":
      return {
        where: sql`true`,
        tier: sql`0`,
        score: sql`0::real`,
        sortKey: sql`v.search_name COLLATE "C"`,
        byLength: false,
      };
    case "code":
      return {
        where: sql`v.procedure_id IN (SELECT id FROM procedure WHERE code LIKE ${`${match.prefix}%`})`,
        tier: sql`0`,
        score: sql`0::real`,
        sortKey: sql`(SELECT code FROM procedure WHERE id = v.procedure_id) COLLATE "C"`,
        byLength: false,
      };
    case "words": {
      if (match.groups.length === 0) {
        return {
          where: sql`false`,
          tier: sql`0`,
          score: sql`0::real`,
          sortKey: sql`v.name`,
          byLength: false,
        };
      }
      // The phrases the words can make (one spelling per word; a few at most after typos).
      const phrases = match.groups
        .reduce<string[][]>((acc, group) => acc.flatMap((p) => group.map((w) => [...p, w])).slice(0, 9), [[]])
        .map((words) => words.join(" "));
      const phraseIn = (prefix: string) =>
        sql.join(
          phrases.map((phrase) => sql`v.search_name LIKE ${prefix} || ${wordStart(phrase)}`),
          sql` OR `,
        );
      const allIn = (column: string) =>
        sql.join(
          match.groups.map(
            (group) =>
              sql`(${sql.join(
                group.map((w) => sql`${sql.ref(column)} LIKE '%' || ${wordStart(w)}`),
                sql` OR `,
              )})`,
          ),
          sql` AND `,
        );
      return {
        where: allIn("v.search_text"),
        tier: sql`CASE WHEN ${phraseIn("")} THEN 1
                       WHEN ${phraseIn("%")} THEN 2
                       WHEN ${allIn("v.search_name")} THEN 3 ELSE 4 END`,
        score: match.original
          ? sql`word_similarity(btrim(catalog_fold(${match.original})), v.search_name)`
          : sql`0::real`,
        sortKey: sql`v.search_name COLLATE "C"`,
        byLength: true,
      };
    }
  }
}

const SERVICE_LEVELS = ServiceLevel.options;
const APPLICANT_TYPES = ApplicantType.options;
const LEVELS = ProcedureLevel.options;

/** One bit per filter: a row passes filter X when `ok & X`; a facet needs every bit but its own. */
const FIELD = 1;
const SERVICE = 2;
const APPLICANT = 4;
const LEVEL = 8;
const AGENCY = 16;
const EVERY = FIELD | SERVICE | APPLICANT | LEVEL | AGENCY;

interface SearchRow {
  counts: Record<string, number>;
  items: CatalogSearchResult["items"];
  fields: CatalogSearchResult["facets"]["fields"];
  agencies: CatalogSearchResult["facets"]["agencies"];
}

/**
 * The search statement. The matching published versions are gathered once into a narrow working
 * set `f` (ids, facet values as bit masks stored with the version, one bit mask of the filters
 * each row passes, ranking); the page, the counts and the facets are read from it. Facets count with FILTER over all of `f` rather than a WHERE, which
 * keeps the planner's row estimates (and so its join choices) right.
 */
function searchStatement(db: Db, query: CatalogSearchQuery, match: Match) {
  const r = ranking(match);
  const bit = (flag: number, condition: RawBuilder<unknown> | undefined) =>
    condition ? sql`CASE WHEN ${condition} THEN ${sql.lit(flag)} ELSE 0 END` : sql.lit(flag);
  const ok = sql.join(
    [
      bit(FIELD, query.field ? sql`v.field_code = ${query.field}` : undefined),
      bit(SERVICE, query.serviceLevel ? sql`v.service_level = ${query.serviceLevel}` : undefined),
      bit(APPLICANT, query.applicantType ? sql`${query.applicantType} = ANY (v.applicant_types)` : undefined),
      bit(LEVEL, query.level ? sql`${query.level} = ANY (v.levels)` : undefined),
      // An agency offers what it and its units offer.
      bit(AGENCY, query.agencyId ? sql`v.id IN (SELECT version_id FROM offered)` : undefined),
    ],
    sql` | `,
  );
  const passes = (flags: number) => sql`f.ok & ${sql.lit(flags)} = ${sql.lit(flags)}`;
  const facetOf = (own: number) => passes(EVERY & ~own);
  // The small facets (fixed values) are counted in one pass with FILTER.
  const counted = (key: string, condition: RawBuilder<unknown>) =>
    sql`${sql.lit(key)}, count(*) FILTER (WHERE ${condition})`;
  const counts = sql.join(
    [
      counted("total", passes(EVERY)),
      ...SERVICE_LEVELS.map((value) =>
        counted(`serviceLevel:${value}`, sql`${facetOf(SERVICE)} AND f.service_level = ${sql.lit(value)}`),
      ),
      ...APPLICANT_TYPES.map((value, i) =>
        counted(
          `applicantType:${value}`,
          sql`${facetOf(APPLICANT)} AND f.applicants & ${sql.lit(1 << i)} <> 0`,
        ),
      ),
      ...LEVELS.map((value, i) =>
        counted(`level:${value}`, sql`${facetOf(LEVEL)} AND f.levels & ${sql.lit(1 << i)} <> 0`),
      ),
    ],
    sql`, `,
  );
  const agencyScope = query.agencyId
    ? sql`offered AS (
            SELECT version_id FROM procedure_version_agency
             WHERE agency_id IN ${agencySubtree(db, query.agencyId)}
          ),`
    : sql``;
  const offset = (query.page - 1) * query.pageSize;
  const order = (t: string) =>
    r.byLength
      ? sql`${sql.ref(`${t}.tier`)}, ${sql.ref(`${t}.score`)} DESC, length(${sql.ref(`${t}.sort_key`)}), ${sql.ref(`${t}.sort_key`)}, ${sql.ref(`${t}.id`)}`
      : sql`${sql.ref(`${t}.sort_key`)}, ${sql.ref(`${t}.id`)}`;

  return sql<SearchRow>`
    WITH ${agencyScope}
    f AS MATERIALIZED (
      SELECT v.id, v.field_code, v.service_level,
             v.applicant_mask AS applicants, v.level_mask AS levels,
             ${ok} AS ok,
             ${r.tier} AS tier, ${r.score} AS score, ${r.sortKey} AS sort_key
        FROM procedure_version v
       WHERE v.status = 'published' AND ${r.where}
    ),
    page AS (
      SELECT f.id, f.tier, f.score, f.sort_key FROM f WHERE ${passes(EVERY)}
       ORDER BY ${order("f")}
       LIMIT ${query.pageSize} OFFSET ${offset}
    )
    SELECT
      (SELECT jsonb_build_object(${counts}) FROM f) AS counts,
      (SELECT coalesce(jsonb_agg(jsonb_build_object(
                'id', v.procedure_id, 'code', p.code, 'version', v.version, 'name', v.name,
                'field', jsonb_build_object('code', v.field_code, 'name', v.field_name),
                'levels', to_jsonb(v.levels), 'applicantTypes', to_jsonb(v.applicant_types),
                'serviceLevel', v.service_level,
                'processingTime', jsonb_build_object('amount', v.processing_amount, 'unit', v.processing_unit),
                'agencies', (SELECT coalesce(jsonb_agg(jsonb_build_object('id', a.id, 'code', a.code, 'name', a.name)
                                                       ORDER BY a.code), '[]'::jsonb)
                               FROM procedure_version_agency va JOIN agency a ON a.id = va.agency_id
                              WHERE va.version_id = v.id))
              ORDER BY ${order("pg")}), '[]'::jsonb)
         FROM page pg
         JOIN procedure_version v ON v.id = pg.id
         JOIN procedure p ON p.id = v.procedure_id) AS items,
      (SELECT coalesce(jsonb_agg(jsonb_build_object('code', x.field_code, 'name', x.name, 'count', x.n)
                                 ORDER BY x.n DESC, x.name), '[]'::jsonb)
         FROM (SELECT g.field_code, g.n,
                      (SELECT v.field_name FROM procedure_version v
                        WHERE v.field_code = g.field_code AND v.status = 'published' LIMIT 1) AS name
                 FROM (SELECT f.field_code, count(*) FILTER (WHERE ${facetOf(FIELD)}) AS n
                         FROM f GROUP BY f.field_code) g
                WHERE g.n > 0) x)
        AS fields,
      (SELECT coalesce(jsonb_agg(jsonb_build_object('id', a.id, 'code', a.code, 'name', a.name, 'count', x.n)
                                 ORDER BY x.n DESC, a.code), '[]'::jsonb)
         FROM (SELECT va.agency_id, count(*) FILTER (WHERE ${facetOf(AGENCY)}) AS n
                 FROM f JOIN procedure_version_agency va ON va.version_id = f.id
                GROUP BY va.agency_id) x
         JOIN agency a ON a.id = x.agency_id
        WHERE x.n > 0) AS agencies`;
}

/** `[{value, count}]` of the values with a count, most first (then in the enum's order). */
function facet<T extends string>(counts: Record<string, number>, prefix: string, values: readonly T[]) {
  return values
    .map((value) => ({ value, count: counts[`${prefix}:${value}`] ?? 0 }))
    .filter((f) => f.count > 0)
    .sort((a, b) => b.count - a.count);
}

async function run(db: Db, query: CatalogSearchQuery, match: Match): Promise<CatalogSearchResult> {
  const row = (await searchStatement(db, query, match).execute(db)).rows[0];
  if (!row) throw new Error("the search statement returned no row");
  const counts = row.counts;
  return {
    items: row.items,
    total: counts.total ?? 0,
    page: query.page,
    pageSize: query.pageSize,
    approximate: match.kind === "words" && match.approximate === true,
    facets: {
      fields: row.fields,
      serviceLevels: facet(counts, "serviceLevel", SERVICE_LEVELS),
      applicantTypes: facet(counts, "applicantType", APPLICANT_TYPES),
      levels: facet(counts, "level", LEVELS),
      agencies: row.agencies,
    },
  };
}
