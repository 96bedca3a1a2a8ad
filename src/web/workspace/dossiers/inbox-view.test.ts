import { describe, expect, it } from "vitest";
import type { InboxRow } from "../../../contracts/dossiers.ts";
import { BOX_SLUGS, boxOf, filterByTime } from "./inbox-view.ts";

const row = (code: string, applicantName: string, timeClass: InboxRow["timeClass"]): InboxRow => ({
  id: code,
  code,
  version: 1,
  procedure: { code: "1.003198", name: "Cấp Phiếu lý lịch tư pháp" },
  applicantName,
  channel: "counter",
  status: "in_processing",
  statusLabel: "Đang xử lý",
  receivedAt: null,
  due: null,
  remainingMinutes: null,
  timeClass,
  minutesPerDay: 480,
  acceptance: null,
  step: null,
  warnedAt: null,
  overdueSubDeadlines: [],
});

describe("the officers' inbox", () => {
  const rows = [
    row("000.00.06.H56-260213-0001", "Đỗ Văn Khánh", "ok"),
    row("000.00.06.H56-260213-0002", "Nguyễn Thị Hồng", "overdue"),
  ];

  it("keeps only the chosen remaining-time class", () => {
    expect(filterByTime(rows, "overdue").map((r) => r.applicantName)).toEqual(["Nguyễn Thị Hồng"]);
    expect(filterByTime(rows, null)).toHaveLength(2);
  });

  it("reads the box from its Vietnamese slug, else opens the first work box with dossiers", () => {
    const counts = { to_receive: 0, to_process: 0, to_approve: 0, to_return: 2, overdue: 1, due_soon: 0 };
    expect(boxOf(BOX_SLUGS.overdue, counts)).toBe("overdue");
    expect(boxOf(null, counts)).toBe("to_return");
    expect(boxOf("khong-co", null)).toBe("to_process");
  });
});
