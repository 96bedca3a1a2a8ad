import type { TFunction } from "i18next";
import type { PublicAgency } from "../../contracts/agencies.ts";
import { levelOrder } from "./agency-groups.ts";

interface AgencyOption {
  value: string;
  label: string;
}
interface AgencyOptionGroup {
  group: string;
  items: AgencyOption[];
}

/** Options of an agency `<select>`: `first` (e.g. the national calendar), then agencies grouped by level. */
export function agencySelectData(
  agencies: readonly PublicAgency[],
  first: AgencyOption,
  t: TFunction,
): (AgencyOption | AgencyOptionGroup)[] {
  return [
    first,
    ...levelOrder.flatMap((level) => {
      const items = agencies
        .filter((agency) => agency.level === level)
        .sort((a, b) => a.name.localeCompare(b.name, "vi"))
        .map((agency) => ({ value: agency.id, label: agency.name }));
      return items.length ? [{ group: t(`directory.levels.${level}`), items }] : [];
    }),
  ];
}
