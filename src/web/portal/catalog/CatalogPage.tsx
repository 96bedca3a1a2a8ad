import "./catalog.css";
import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  CloseButton,
  Collapse,
  Grid,
  Group,
  Pagination,
  Paper,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import type { CatalogSearchResult } from "../../../contracts/catalog.ts";
import { catalogApi } from "../../api-client/catalog.ts";
import { errorText } from "../../api-client/error-text.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useFetched } from "../../lib/useFetched.ts";
import {
  type CatalogFilters,
  type FilterName,
  hasFilters,
  PAGE_SIZE,
  readFilters,
  searchQuery,
  withFilter,
  writeFilters,
} from "./catalog-params.ts";
import { FacetPanel, useFacetLabel } from "./FacetPanel.tsx";
import { ProcedureCard } from "./ProcedureCard.tsx";

/** Wait this long after the last keystroke before searching. */
const TYPING_DELAY_MS = 350;

/**
 * `/thu-tuc`: the public procedure catalog (LKP-2). Keywords without diacritics are fine (the server
 * folds them); facets with counts narrow the search; everything is in the address, so a search
 * can be shared, bookmarked and gone back to.
 */
export default function CatalogPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const filters = readFilters(search);
  const key = writeFilters(filters).toString();
  const results = useFetched(key, (signal) => catalogApi.search(searchQuery(filters), signal));
  // The previous answer stays on screen (dimmed) while the next one loads.
  const last = useRef<CatalogSearchResult | null>(null);
  if (results.data) last.current = results.data;
  const data = results.data ?? last.current;
  const [text, setText] = useState(filters.q ?? "");
  const [filtersOpen, setFiltersOpen] = useState(false);
  const resultsTop = useRef<HTMLHeadingElement>(null);

  function go(next: CatalogFilters, options: { replace?: boolean } = {}) {
    setSearch(writeFilters(next), { replace: options.replace ?? false });
  }

  // Search as one types (the address is replaced, not pushed, for each keystroke).
  const typed = text.trim();
  useEffect(() => {
    if (typed === (filters.q ?? "")) return;
    const timer = setTimeout(() => go(withFilter(filters, "q", typed), { replace: true }), TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  });

  // Back/forward to another search: the box follows the address.
  const [shownQ, setShownQ] = useState(filters.q ?? "");
  if ((filters.q ?? "") !== shownQ) {
    setShownQ(filters.q ?? "");
    if (typed !== (filters.q ?? "")) setText(filters.q ?? "");
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    go(withFilter(filters, "q", typed));
  }

  function setFilter(name: FilterName, value: string | undefined) {
    go(withFilter(filters, name, value));
  }

  function goToPage(page: number) {
    go({ ...filters, page });
    resultsTop.current?.scrollIntoView({ block: "start" });
    resultsTop.current?.focus({ preventScroll: true });
  }

  const activeCount = (["field", "agencyId", "serviceLevel", "applicantType", "level"] as const).filter(
    (name) => filters[name] !== undefined,
  ).length;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  return (
    <>
      <PageTitle>{t("catalog.title")}</PageTitle>
      <Paper
        component="section"
        withBorder
        p={{ base: "md", sm: "xl" }}
        mb="lg"
        style={{ borderLeft: "6px solid var(--mantine-color-gold-5)" }}
      >
        <Title order={1} c="brand.8" fz={{ base: "1.625rem", sm: "2rem" }} data-testid="catalog-title">
          {t("catalog.title")}
        </Title>
        <Text c="gray.7" mt={4} mb="md">
          {t("catalog.intro")}
        </Text>
        <search>
          <form onSubmit={onSubmit} aria-label={t("catalog.searchLabel")}>
            <Group gap="sm" align="flex-end">
              <TextInput
                flex="1 1 14rem"
                size="md"
                type="search"
                label={t("catalog.searchLabel")}
                placeholder={t("catalog.searchPlaceholder")}
                value={text}
                onChange={(event) => setText(event.currentTarget.value)}
                autoComplete="off"
                enterKeyHint="search"
                data-testid="catalog-search"
              />
              <Button type="submit" size="md" data-testid="catalog-search-submit">
                {t("catalog.searchButton")}
              </Button>
            </Group>
          </form>
        </search>
      </Paper>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Button
            hiddenFrom="md"
            variant="default"
            fullWidth
            onClick={() => setFiltersOpen((open) => !open)}
            aria-expanded={filtersOpen}
            aria-controls="catalog-facets"
            data-testid="catalog-filters-toggle"
          >
            {activeCount > 0 ? t("catalog.filtersActive", { count: activeCount }) : t("catalog.filters")}
          </Button>
          <Box visibleFrom="md">
            <FacetPanel
              id="catalog-facets-desktop"
              facets={data?.facets ?? null}
              filters={filters}
              onChange={setFilter}
            />
          </Box>
          <Collapse expanded={filtersOpen} hiddenFrom="md">
            <Box mt="sm">
              <FacetPanel
                id="catalog-facets"
                facets={data?.facets ?? null}
                filters={filters}
                onChange={setFilter}
              />
            </Box>
          </Collapse>
        </Grid.Col>

        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Group justify="space-between" align="center" gap="xs">
              <Title
                order={2}
                fz="lg"
                ref={resultsTop}
                tabIndex={-1}
                aria-live="polite"
                data-testid="catalog-count"
                data-total={data?.total}
              >
                {data ? t("catalog.resultCount", { count: data.total }) : t("catalog.searching")}
              </Title>
              {hasFilters(filters) && (
                <Button
                  variant="subtle"
                  size="compact-sm"
                  onClick={() => go({ page: 1, ...(filters.q ? { q: filters.q } : {}) })}
                >
                  {t("catalog.clearFilters")}
                </Button>
              )}
            </Group>
            <ActiveFilters
              filters={filters}
              facets={data?.facets ?? null}
              onRemove={(name) => setFilter(name, undefined)}
            />

            {results.error !== null && !results.loading && (
              <Alert color="red" title={t("catalog.loadError")} data-testid="catalog-error">
                <Text fz="sm">{errorText(results.error, t)}</Text>
                <Button mt="sm" variant="outline" size="xs" onClick={results.reload}>
                  {t("catalog.retry")}
                </Button>
              </Alert>
            )}

            {data?.approximate && data.items.length > 0 && (
              <Alert color="yellow" variant="light" data-testid="catalog-approximate">
                <Text fz="sm">{t("catalog.noExactMatch", { q: filters.q ?? "" })}</Text>
                <Text fz="sm" fw={700} mt={4}>
                  {t("catalog.didYouMean")}{" "}
                  {data.items.slice(0, 3).map((item, i) => (
                    <span key={item.id}>
                      {i > 0 && "; "}
                      <Anchor component={Link} to={`/thu-tuc/${item.code}`} fz="sm" fw={700}>
                        {item.name}
                      </Anchor>
                    </span>
                  ))}
                  ?
                </Text>
              </Alert>
            )}

            {!data && results.loading && <ResultsSkeleton />}

            {data && data.items.length === 0 && (
              <Paper withBorder p="lg" data-testid="catalog-empty">
                <Text fw={600}>
                  {filters.q ? t("catalog.noResultsFor", { q: filters.q }) : t("catalog.noResults")}
                </Text>
                <Text fz="sm" c="gray.7" mt={4}>
                  {t("catalog.noResultsHint")}
                </Text>
              </Paper>
            )}

            {data && data.items.length > 0 && (
              <Box
                component="ol"
                className="mc-result-list"
                aria-busy={results.loading}
                style={{ opacity: results.loading ? 0.6 : 1, transition: "opacity 120ms" }}
                data-testid="catalog-results"
                start={(filters.page - 1) * PAGE_SIZE + 1}
              >
                {data.items.map((item) => (
                  <li key={item.id}>
                    <ProcedureCard procedure={item} />
                  </li>
                ))}
              </Box>
            )}

            {data && pages > 1 && (
              <Group justify="center">
                <Pagination
                  total={pages}
                  value={Math.min(filters.page, pages)}
                  onChange={goToPage}
                  siblings={1}
                  boundaries={1}
                  getControlProps={(control) =>
                    control === "previous"
                      ? { "aria-label": t("catalog.previousPage") }
                      : control === "next"
                        ? { "aria-label": t("catalog.nextPage") }
                        : {}
                  }
                  getItemProps={(page) => ({ "aria-label": t("catalog.pageN", { page }) })}
                  data-testid="catalog-pagination"
                />
              </Group>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

/** The filters in force, each removable with one click (the facet lists are folded away on a phone). */
function ActiveFilters({
  filters,
  facets,
  onRemove,
}: {
  filters: CatalogFilters;
  facets: CatalogSearchResult["facets"] | null;
  onRemove: (name: FilterName) => void;
}) {
  const { t } = useTranslation();
  const label = useFacetLabel(facets);
  const active = (["field", "serviceLevel", "applicantType", "level", "agencyId"] as const).flatMap(
    (name) => {
      const value = filters[name];
      return value === undefined ? [] : [{ name, value }];
    },
  );
  if (active.length === 0) return null;
  return (
    <Group gap="xs" data-testid="catalog-active-filters">
      {active.map(({ name, value }) => (
        <Badge
          key={name}
          size="lg"
          variant="light"
          radius="sm"
          tt="none"
          fw={600}
          pr={3}
          rightSection={
            <CloseButton
              size="sm"
              onClick={() => onRemove(name)}
              aria-label={t("catalog.removeFilter", { filter: label(name, value) })}
              data-testid={`catalog-remove-${name}`}
            />
          }
        >
          {label(name, value)}
        </Badge>
      ))}
    </Group>
  );
}

function ResultsSkeleton() {
  return (
    <Stack gap="md" aria-hidden="true">
      {[0, 1, 2].map((i) => (
        <Paper key={i} withBorder p="md">
          <Skeleton height={12} width={90} mb="sm" />
          <Skeleton height={18} mb="xs" />
          <Skeleton height={14} width="60%" />
        </Paper>
      ))}
    </Stack>
  );
}
