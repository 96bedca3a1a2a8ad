import type { OfficialSchedule } from "../../../contracts/calendar.ts";

/**
 * An example of the file administrators import (CAL-4): 2027, Tết Đinh Mùi on Saturday 06/02/2027.
 * Illustrative only: the real schedule is the one the Government announces. An official year
 * replaces the default holidays, so every holiday of the year is listed, not only Tết.
 */
export const officialScheduleExample: OfficialSchedule = {
  year: 2027,
  source: "VÍ DỤ — thay bằng số, ngày văn bản thông báo lịch nghỉ chính thức năm 2027",
  entries: [
    { from: "2027-01-01", to: "2027-01-01", kind: "holiday", name: "Tết Dương lịch" },
    { from: "2027-02-05", to: "2027-02-09", kind: "holiday", name: "Tết Nguyên đán Đinh Mùi" },
    {
      from: "2027-02-10",
      to: "2027-02-11",
      kind: "day_off",
      name: "Nghỉ bù Tết Nguyên đán (ngày Tết trùng thứ Bảy, Chủ Nhật)",
    },
    {
      from: "2027-02-12",
      to: "2027-02-12",
      kind: "day_off",
      name: "Nghỉ hoán đổi Tết Nguyên đán (làm bù thứ Bảy 20/02)",
    },
    { from: "2027-02-13", to: "2027-02-14", kind: "day_off", name: "Nghỉ Tết Nguyên đán" },
    { from: "2027-02-20", to: "2027-02-20", kind: "working_day", name: "Làm bù cho thứ Sáu 12/02" },
    { from: "2027-04-16", to: "2027-04-16", kind: "holiday", name: "Giỗ Tổ Hùng Vương" },
    { from: "2027-04-30", to: "2027-05-01", kind: "holiday", name: "Ngày Chiến thắng, Quốc tế Lao động" },
    { from: "2027-05-03", to: "2027-05-03", kind: "day_off", name: "Nghỉ bù Quốc tế Lao động" },
    { from: "2027-09-01", to: "2027-09-02", kind: "holiday", name: "Quốc khánh" },
  ],
};

export const officialScheduleExampleJson = `${JSON.stringify(officialScheduleExample, null, 2)}\n`;
export const officialScheduleExampleFileName = "lich-nghi-chinh-thuc-2027-vi-du.json";
