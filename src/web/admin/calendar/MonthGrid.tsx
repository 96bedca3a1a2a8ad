import { useTranslation } from "react-i18next";
import type { CalendarDay } from "../../../contracts/calendar.ts";
import { useDateText } from "../../lib/useWallClockText.ts";
import { monthKeys, parseIsoDate, weekdayIndex, weekdayKeys } from "../../lib/wall-clock.ts";

interface Props {
  month: number;
  /** The month's days, in order. */
  days: readonly CalendarDay[];
  today: string;
  onDayClick: (day: CalendarDay) => void;
}

/** One month, Monday first; each day a button coloured by its kind, its name as a tooltip. */
export function MonthGrid({ month, days, today, onDayClick }: Props) {
  const { t } = useTranslation();
  const first = days[0] && parseIsoDate(days[0].date);
  const blanks = first ? weekdayIndex(first) : 0;
  const cells: (CalendarDay | null)[] = [...Array<null>(blanks).fill(null), ...days];
  const weeks: (CalendarDay | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));

  return (
    <table className="mc-cal-month" data-month={month}>
      <caption>{t(`calendarText.months.${monthKeys[month - 1] ?? "m1"}`)}</caption>
      <thead>
        <tr>
          {weekdayKeys.map((key) => (
            <th key={key} scope="col" abbr={t(`calendarText.weekdays.${key}`)}>
              {t(`calendarText.weekdaysShort.${key}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week.find((d) => d)?.date}>
            {Array.from({ length: 7 }, (_, i) => week[i] ?? null).map((day, i) =>
              day ? (
                <td key={day.date}>
                  <DayButton day={day} today={today} onClick={onDayClick} />
                </td>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: empty cells have no identity but their column.
                <td key={`blank-${i}`} />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DayButton({
  day,
  today,
  onClick,
}: {
  day: CalendarDay;
  today: string;
  onClick: (day: CalendarDay) => void;
}) {
  const { t } = useTranslation();
  const dateText = useDateText();
  const date = parseIsoDate(day.date);
  const label = date ? dateText(date) : day.date;
  return (
    <button
      type="button"
      className="mc-cal-day"
      data-testid={`calendar-day-${day.date}`}
      data-kind={day.kind}
      data-working={String(day.working)}
      aria-current={day.date === today ? "date" : undefined}
      aria-label={t("adminCalendar.dayLabel", { date: label, name: day.name })}
      aria-haspopup="dialog"
      title={day.name}
      onClick={() => onClick(day)}
    >
      {date?.day ?? "?"}
    </button>
  );
}
