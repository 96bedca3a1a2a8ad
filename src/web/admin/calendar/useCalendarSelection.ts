import { useSearchParams } from "react-router";
import { vietnamWallClock } from "../../lib/wall-clock.ts";

const YEAR_PARAM = "nam";
const AGENCY_PARAM = "coquan";

interface CalendarSelection {
  year: number;
  /** null: the national calendar. */
  agencyId: string | null;
  /** The years offered: three back and three ahead of this one, and the selected one. */
  years: number[];
  select: (next: { year?: number; agencyId?: string | null }) => void;
}

/** Which year and whose calendar, kept in the address (`?nam=2026&coquan=<id>`) so a view can be shared. */
export function useCalendarSelection(): CalendarSelection {
  const [params, setParams] = useSearchParams();
  const thisYear = vietnamWallClock(Date.now()).year;
  const requested = Number(params.get(YEAR_PARAM));
  const year = Number.isInteger(requested) && requested >= 1900 && requested <= 2199 ? requested : thisYear;
  const agencyId = params.get(AGENCY_PARAM) || null;

  const years = Array.from({ length: 7 }, (_, i) => thisYear - 3 + i);
  if (!years.includes(year)) years.push(year);
  years.sort((a, b) => a - b);

  function select(next: { year?: number; agencyId?: string | null }) {
    const search = new URLSearchParams(params);
    if (next.year !== undefined) search.set(YEAR_PARAM, String(next.year));
    if (next.agencyId !== undefined) {
      if (next.agencyId) search.set(AGENCY_PARAM, next.agencyId);
      else search.delete(AGENCY_PARAM);
    }
    setParams(search, { replace: true });
  }

  return { year, agencyId, years, select };
}
