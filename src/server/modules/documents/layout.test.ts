import { describe, expect, it } from "vitest";
import { at } from "../../../domain/calendar/test-support.ts";
import { calendarDays, halfDays, workingDays, workingHours } from "../../../domain/deadline/duration.ts";
import {
  dateLine,
  durationText,
  shortDate,
  shortDateTime,
  vnAppointment,
  vnDate,
  vnDateTime,
  vnWeekday,
} from "./layout.ts";

describe("Vietnamese dates on the forms (Vietnam time)", () => {
  it("REC-2: the appointment of Mẫu 01 reads with its weekday", () => {
    expect(vnAppointment(at("2026-02-25T16:00"))).toBe("Thứ Tư, ngày 25 tháng 02 năm 2026, lúc 16 giờ 00");
    expect(vnAppointment(at("2026-03-16T09:05"))).toBe("Thứ Hai, ngày 16 tháng 03 năm 2026, lúc 09 giờ 05");
  });

  it("names every weekday", () => {
    const days = ["01", "02", "03", "04", "05", "06", "07"].map((day) =>
      vnWeekday(at(`2026-03-${day}T12:00`)),
    );
    expect(days).toEqual(["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"]);
  });

  it("reads instants in Vietnam time, not UTC (midnight in Hà Nội is 17:00 UTC the day before)", () => {
    const midnight = Date.UTC(2026, 2, 1, 17, 0);
    expect(vnDateTime(midnight)).toBe("00 giờ 00 phút, ngày 02 tháng 03 năm 2026");
    expect(shortDateTime(midnight - 60_000)).toBe("23:59 01/03/2026");
    expect(vnDate(midnight)).toBe("ngày 02 tháng 03 năm 2026");
    expect(shortDate(midnight)).toBe("02/03/2026");
  });

  it("prints the place-and-date line, with blanks when the date is to be filled in by hand", () => {
    expect(dateLine("Vĩnh Phúc", at("2026-02-04T16:00"))).toBe("Vĩnh Phúc, ngày 04 tháng 02 năm 2026");
    expect(dateLine(" Vĩnh  Phúc ", null)).toBe("Vĩnh Phúc, ngày …… tháng …… năm ……");
  });

  it("CAL-5: words a statutory time limit in its unit", () => {
    expect(durationText(workingDays(10))).toBe("10 ngày làm việc");
    expect(durationText(halfDays(3))).toBe("1,5 ngày làm việc");
    expect(durationText(workingHours(4))).toBe("4 giờ làm việc");
    expect(durationText(calendarDays(30))).toBe("30 ngày");
  });
});
