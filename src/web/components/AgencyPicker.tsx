import { type ComboboxItem, type OptionsFilter, Select, Text } from "@mantine/core";
import { type ReactNode, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { AgencyTree } from "../lib/agency-tree.ts";
import { foldForSearch, matchesQuery } from "../lib/search.ts";

interface Props {
  tree: AgencyTree | null;
  value: string | null;
  onChange: (agencyId: string | null) => void;
  label: ReactNode;
  placeholder?: string;
  description?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  clearable?: boolean;
  disabled?: boolean;
  /** Agencies that may not be chosen (e.g. an agency and its subtree as its own parent). */
  exclude?: ReadonlySet<string>;
  "data-testid"?: string;
}

interface Option extends ComboboxItem {
  depth: number;
  code: string;
  /** Folded name, code and parent name: typing "tu phap" finds "Sở Tư pháp" and its units. */
  haystack: string;
}

/**
 * Chooses an agency of the tree (CFG-3): options in tree order and indented by depth, searched
 * without diacritics by name, code or parent. A name shared by several agencies (each commune's
 * "Phòng Văn hóa - Xã hội") is told apart by its parent.
 */
export function AgencyPicker({ tree, value, onChange, exclude, ...props }: Props) {
  const { t } = useTranslation();
  const options = useMemo<Option[]>(() => {
    if (!tree) return [];
    const nameCount = new Map<string, number>();
    for (const { agency } of tree.rows) nameCount.set(agency.name, (nameCount.get(agency.name) ?? 0) + 1);
    return tree.rows.map(({ agency, depth }) => {
      const parent = agency.parentId ? tree.byId.get(agency.parentId) : undefined;
      const shared = (nameCount.get(agency.name) ?? 0) > 1 && parent;
      const label = shared ? `${agency.name} (${parent.name})` : agency.name;
      return {
        value: agency.id,
        label,
        depth,
        code: agency.code,
        disabled: exclude?.has(agency.id) ?? false,
        haystack: foldForSearch(`${label} ${agency.code} ${parent?.name ?? ""}`),
      };
    });
  }, [tree, exclude]);
  const byValue = useMemo(() => new Map(options.map((o) => [o.value, o])), [options]);

  const filter: OptionsFilter = ({ options: list, search, limit }) => {
    const query = foldForSearch(search);
    return list
      .filter((item) => {
        const option = "value" in item ? byValue.get(item.value) : undefined;
        return option ? matchesQuery(option.haystack, query) : false;
      })
      .slice(0, limit);
  };

  return (
    <Select
      {...props}
      data={options}
      value={value}
      onChange={(next) => onChange(next)}
      searchable
      filter={filter}
      limit={400}
      maxDropdownHeight={320}
      nothingFoundMessage={t("admin.agencyPicker.nothingFound")}
      comboboxProps={{ withinPortal: true }}
      renderOption={({ option }) => {
        const o = byValue.get(option.value);
        return (
          <div style={{ paddingLeft: `${(o?.depth ?? 0) * 0.875}rem` }}>
            <Text fz="sm" lh={1.3}>
              {option.label}
            </Text>
            <Text fz="xs" c="gray.7" ff="monospace">
              {o?.code}
            </Text>
          </div>
        );
      }}
    />
  );
}
