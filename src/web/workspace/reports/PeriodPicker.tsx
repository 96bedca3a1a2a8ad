import { NativeSelect, SimpleGrid, TextInput } from "@mantine/core";
import type { TFunction } from "i18next";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { vietnamWallClock } from "../../lib/wall-clock.ts";
import {
  choiceAt,
  choiceOf,
  PERIOD_KINDS,
  type Period,
  type PeriodChoice,
  type PeriodKind,
  periodOf,
  perYear,
} from "./report-period.ts";

const YEARS_BACK = 5;

/** RPT-3: a report's period as a month, quarter, half-year or year of a year, or any range of days. */
export function PeriodPicker({ period, onChange }: { period: Period; onChange: (period: Period) => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<PeriodKind>(() => choiceOf(period)?.kind ?? "range");
  const exact = choiceOf(period);
  const choice = kind === "range" ? null : exact?.kind === kind ? exact : choiceAt(kind, period.from);
  const choose = (next: PeriodChoice) => onChange(periodOf(next));
  // The range as last edited: two ends typed in quick succession must not undo each other while
  // the page has not yet re-rendered with the first.
  const range = useRef(period);
  useEffect(() => {
    range.current = period;
  }, [period]);

  function changeKind(next: PeriodKind) {
    setKind(next);
    const start = next === "range" ? null : choiceAt(next, period.from);
    if (start) choose(start);
  }

  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
      <NativeSelect
        label={t("reports.periodKind")}
        value={kind}
        onChange={(event) => changeKind(event.currentTarget.value as PeriodKind)}
        data={PERIOD_KINDS.map((value) => ({ value, label: t(`reports.kinds.${value}`) }))}
        data-testid="report-period-kind"
      />
      {choice ? (
        <>
          <NativeSelect
            label={t("reports.year")}
            value={String(choice.year)}
            onChange={(event) => choose({ ...choice, year: Number(event.currentTarget.value) })}
            data={yearsAround(choice.year)}
            data-testid="report-year"
          />
          {choice.kind !== "year" && (
            <NativeSelect
              label={t(`reports.${choice.kind}`)}
              value={String(choice.index)}
              onChange={(event) => choose({ ...choice, index: Number(event.currentTarget.value) })}
              data={indexOptions(choice.kind, t)}
              data-testid="report-index"
            />
          )}
        </>
      ) : (
        (["from", "to"] as const).map((end) => (
          <TextInput
            key={end}
            type="date"
            label={t(`reports.${end}`)}
            value={period[end]}
            onChange={(event) => {
              range.current = { ...range.current, [end]: event.currentTarget.value };
              onChange(range.current);
            }}
            required
            data-testid={`report-${end}`}
          />
        ))
      )}
    </SimpleGrid>
  );
}

/** This year and the few before it, and the chosen year if it is older. */
function yearsAround(chosen: number): string[] {
  const thisYear = vietnamWallClock(Date.now()).year;
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, back) => thisYear - back);
  if (!years.includes(chosen)) years.push(chosen);
  return years.map(String);
}

function indexOptions(
  kind: Exclude<PeriodChoice["kind"], "year">,
  t: TFunction,
): { value: string; label: string }[] {
  return Array.from({ length: perYear(kind) }, (_, offset) => {
    const index = offset + 1;
    const label =
      kind === "half"
        ? t(index === 1 ? "reports.halfOptions.1" : "reports.halfOptions.2")
        : t(kind === "month" ? "reports.monthOption" : "reports.quarterOption", { index });
    return { value: String(index), label };
  });
}
