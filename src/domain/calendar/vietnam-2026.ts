import type { OfficialYearSchedule } from "./official-schedule.ts";
import type { DayOverride } from "./spec.ts";

/**
 * The official 2026 schedule for civil servants (CAL-4; LEGAL-RESEARCH §7):
 * - Tết Dương lịch: Thu 01/01 – Sun 04/01; Fri 02/01 off, worked on Sat 10/01
 *   (VPCP letter 12729/VPCP-KGVX of 25/12/2025);
 * - Tết Nguyên đán: Sat 14/02 – Sun 22/02 (Tết days Mon 16/02 – Fri 20/02, the rest weekends);
 * - Giỗ Tổ Hùng Vương: Sun 26/04, so Mon 27/04 is a compensatory day off;
 * - 30/4 (Thu) and 1/5 (Fri);
 * - Quốc khánh: Sat 29/08 – Wed 02/09; Mon 31/08 off, worked on Sat 22/08.
 * Weekend days inside an official break are listed too, so the year view names them.
 * Also seeded as demo data.
 */
const off = (date: string, name: string): DayOverride => ({ date, kind: "day_off", name });
const holiday = (date: string, name: string): DayOverride => ({ date, kind: "holiday", name });
const worked = (date: string, name: string): DayOverride => ({ date, kind: "working_day", name });

const TET = "Tết Nguyên đán";
const TET_BREAK = "Nghỉ Tết Nguyên đán";
const NATIONAL_DAY = "Quốc khánh";

export const VIETNAM_2026: OfficialYearSchedule = {
  year: 2026,
  source: "VPCP 12729/VPCP-KGVX (25/12/2025); phương án nghỉ Tết Bính Ngọ và Quốc khánh 2026",
  days: [
    holiday("2026-01-01", "Tết Dương lịch"),
    off("2026-01-02", "Nghỉ hoán đổi Tết Dương lịch (làm bù thứ Bảy 10/01)"),
    off("2026-01-03", "Nghỉ Tết Dương lịch"),
    off("2026-01-04", "Nghỉ Tết Dương lịch"),
    worked("2026-01-10", "Làm bù cho thứ Sáu 02/01"),
    off("2026-02-14", TET_BREAK),
    off("2026-02-15", TET_BREAK),
    holiday("2026-02-16", TET),
    holiday("2026-02-17", TET),
    holiday("2026-02-18", TET),
    holiday("2026-02-19", TET),
    holiday("2026-02-20", TET),
    off("2026-02-21", TET_BREAK),
    off("2026-02-22", TET_BREAK),
    holiday("2026-04-26", "Giỗ Tổ Hùng Vương"),
    off("2026-04-27", "Nghỉ bù Giỗ Tổ Hùng Vương"),
    holiday("2026-04-30", "Ngày Chiến thắng"),
    holiday("2026-05-01", "Quốc tế Lao động"),
    worked("2026-08-22", "Làm bù cho thứ Hai 31/08"),
    off("2026-08-29", "Nghỉ Quốc khánh"),
    off("2026-08-30", "Nghỉ Quốc khánh"),
    off("2026-08-31", "Nghỉ hoán đổi Quốc khánh (làm bù thứ Bảy 22/08)"),
    holiday("2026-09-01", NATIONAL_DAY),
    holiday("2026-09-02", NATIONAL_DAY),
  ],
};
