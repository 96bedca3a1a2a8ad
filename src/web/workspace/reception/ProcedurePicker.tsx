import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ProcedureSummary } from "../../../contracts/catalog.ts";
import { catalogApi } from "../../api-client/catalog.ts";
import { useFetched } from "../../lib/useFetched.ts";
import { fieldId } from "./field-ids.ts";

/** Searches the published catalog (by name without diacritics, or by code) and picks one procedure. */
export function ProcedurePicker({
  value,
  onChange,
  error,
}: {
  value: string | null;
  onChange: (procedureId: string | null) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [chosen, setChosen] = useState<ProcedureSummary | null>(null);
  const [query] = useDebouncedValue(search.trim(), 250);
  const found = useFetched(query, (signal) =>
    catalogApi.search({ q: query || undefined, pageSize: 20 }, signal),
  );

  const options = useMemo(() => {
    const items = found.data?.items ?? [];
    const all = chosen && !items.some((i) => i.id === chosen.id) ? [chosen, ...items] : items;
    return all.map((item) => ({ value: item.id, label: `${item.code} — ${item.name}`, item }));
  }, [found.data, chosen]);

  return (
    <Select
      id={fieldId("procedureId")}
      label={t("counterReception.procedure")}
      placeholder={t("counterReception.procedurePlaceholder")}
      required
      searchable
      clearable
      data={options}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      // The server has already matched the words (without diacritics): show what it found.
      filter={({ options: all }) => all}
      nothingFoundMessage={found.loading ? t("loading") : t("counterReception.procedureNothing")}
      onChange={(id) => {
        setChosen(options.find((o) => o.value === id)?.item ?? null);
        onChange(id);
      }}
      error={error}
      maxDropdownHeight={320}
      comboboxProps={{ withinPortal: true }}
      data-testid="reception-procedure"
    />
  );
}
