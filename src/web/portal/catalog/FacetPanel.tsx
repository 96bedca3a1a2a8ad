import { Button, Chip, Group, Paper, Skeleton, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CatalogSearchResult } from "../../../contracts/catalog.ts";
import type { CatalogFilters, FilterName } from "./catalog-params.ts";

type Facets = CatalogSearchResult["facets"];

interface Option {
  value: string;
  label: string;
  count: number;
}

/** How many options of a long facet (fields, agencies) show before "more". */
const SHORT_LIST = 6;

/** The name of a filter value as shown: an enum in words, a field or agency by its name. */
export function useFacetLabel(facets: Facets | null): (name: FilterName, value: string) => string {
  const { t } = useTranslation();
  return (name, value) => {
    switch (name) {
      case "serviceLevel":
        return t(`catalog.serviceLevel.${value as "full_online"}`);
      case "applicantType":
        return t(`catalog.applicantType.${value as "individual"}`);
      case "level":
        return t(`catalog.level.${value as "commune"}`);
      case "field":
        return facets?.fields.find((f) => f.code === value)?.name ?? value;
      case "agencyId":
        return facets?.agencies.find((a) => a.id === value)?.name ?? t("catalog.unknownAgency");
    }
  };
}

/**
 * The facets of the search with their counts (LKP-2): each facet counts with every other filter
 * applied, so its options say how many procedures choosing them would give. One value per facet.
 */
export function FacetPanel({
  id,
  facets,
  filters,
  onChange,
}: {
  id: string;
  facets: Facets | null;
  filters: CatalogFilters;
  onChange: (name: FilterName, value: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const label = useFacetLabel(facets);
  if (!facets) {
    return (
      <Paper withBorder p="md" id={id} aria-hidden="true">
        <Skeleton height={14} width="50%" mb="sm" />
        <Skeleton height={28} mb="xs" />
        <Skeleton height={28} />
      </Paper>
    );
  }
  const enumOptions = (name: FilterName, list: { value: string; count: number }[]): Option[] =>
    list.map(({ value, count }) => ({ value, count, label: label(name, value) }));
  const groups: { name: FilterName; title: string; options: Option[] }[] = [
    {
      name: "serviceLevel",
      title: t("catalog.facets.serviceLevel"),
      options: enumOptions("serviceLevel", facets.serviceLevels),
    },
    {
      name: "applicantType",
      title: t("catalog.facets.applicantType"),
      options: enumOptions("applicantType", facets.applicantTypes),
    },
    {
      name: "field",
      title: t("catalog.facets.field"),
      options: facets.fields.map((f) => ({ value: f.code, label: f.name, count: f.count })),
    },
    { name: "level", title: t("catalog.facets.level"), options: enumOptions("level", facets.levels) },
    {
      name: "agencyId",
      title: t("catalog.facets.agency"),
      options: facets.agencies.map((a) => ({ value: a.id, label: a.name, count: a.count })),
    },
  ];

  return (
    <Paper withBorder p="md" id={id} component="section" aria-label={t("catalog.filters")}>
      <Stack gap="md">
        {groups.map((group) => (
          <FacetGroup
            key={group.name}
            idPrefix={id}
            name={group.name}
            title={group.title}
            options={group.options}
            selected={filters[group.name]}
            selectedLabel={filters[group.name] ? label(group.name, filters[group.name] as string) : ""}
            onChange={(value) => onChange(group.name, value)}
          />
        ))}
      </Stack>
    </Paper>
  );
}

function FacetGroup({
  idPrefix,
  name,
  title,
  options,
  selected,
  selectedLabel,
  onChange,
}: {
  idPrefix: string;
  name: FilterName;
  title: string;
  options: Option[];
  selected: string | undefined;
  selectedLabel: string;
  onChange: (value: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  // A chosen value that no longer matches anything stays listed (with 0), so that it can be unchosen.
  const all =
    selected && !options.some((o) => o.value === selected)
      ? [{ value: selected, label: selectedLabel, count: 0 }, ...options]
      : options;
  const long = all.length > SHORT_LIST + 2;
  const shown = long && !expanded ? all.filter((o, i) => i < SHORT_LIST || o.value === selected) : all;
  const headingId = `${idPrefix}-${name}`;

  return (
    <fieldset className="mc-facet" data-testid={`facet-${name}`}>
      <Text component="legend" id={headingId} fw={700} fz="sm" mb={6} p={0}>
        {title}
      </Text>
      {all.length === 0 ? (
        <Text fz="sm" c="gray.7">
          {t("catalog.facets.none")}
        </Text>
      ) : (
        <Group gap={6}>
          {shown.map((option) => (
            <Chip
              key={option.value}
              size="sm"
              radius="sm"
              variant="outline"
              checked={option.value === selected}
              onChange={(checked) => onChange(checked ? option.value : undefined)}
              wrapperProps={{
                "data-testid": `facet-${name}-${option.value}`,
                "data-checked": option.value === selected,
              }}
              styles={{
                label: {
                  height: "auto",
                  minHeight: 30,
                  whiteSpace: "normal",
                  lineHeight: 1.3,
                  paddingBlock: 4,
                },
              }}
            >
              {option.label}{" "}
              <Text span fz="xs" c="gray.7" fw={600}>
                ({option.count})
              </Text>
            </Chip>
          ))}
        </Group>
      )}
      {long && (
        <Button
          variant="subtle"
          size="compact-sm"
          mt={4}
          onClick={() => setExpanded((open) => !open)}
          aria-expanded={expanded}
        >
          {expanded ? t("catalog.facets.less") : t("catalog.facets.more", { count: all.length - SHORT_LIST })}
        </Button>
      )}
    </fieldset>
  );
}
