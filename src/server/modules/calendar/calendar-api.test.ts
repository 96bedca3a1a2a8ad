import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, signInAs, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let admin: string;
let hacThanhId: string;
let hacThanhUnitId: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signInAs(t.app, "kstthc");
  const ids = await t.database.db.selectFrom("agency").select(["id", "code"]).execute();
  hacThanhId = ids.find((a) => a.code === "000.00.51.H56")?.id ?? "";
  hacThanhUnitId = ids.find((a) => a.code === "000.02.51.H56")?.id ?? "";
});
afterAll(() => t.close());

const preview = async (query: string) => {
  const response = await t.app.inject({ url: `/api/calendar/due-date?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { dueLocal: string; countingStartsAt: string; revisionKey: string };
};
const FRI_1600 = "from=2026-02-13T16:00:00%2B07:00";

describe("reading the calendar", () => {
  it("CAL-4: 2026 follows the official schedule (Tết 14–22/02 off, Sat 10/01 worked)", async () => {
    const year = (await t.app.inject({ url: "/api/calendar/years/2026" })).json();
    expect(year.official).toBe(true);
    expect(year.days).toHaveLength(365);
    const day = (date: string) => year.days.find((d: { date: string }) => d.date === date);
    expect(day("2026-02-17")).toMatchObject({ working: false, kind: "holiday" });
    expect(day("2026-02-23")).toMatchObject({ working: true, kind: "weekday" });
    expect(day("2026-01-10")).toMatchObject({ working: true, kind: "working_day" });
    expect(year.workingHours).toEqual([
      { start: "07:30", end: "11:30" },
      { start: "13:00", end: "17:00" },
    ]);
  });

  it("CAL-2: a year without an official schedule gets the default holidays, Tết from the lunar calendar", async () => {
    const year = (await t.app.inject({ url: "/api/calendar/years/2027" })).json();
    expect(year.official).toBe(false);
    const tet = year.days.find((d: { date: string }) => d.date === "2027-02-06");
    expect(tet).toMatchObject({ working: false, kind: "holiday" });
  });
});

describe("due-date preview", () => {
  it("CAL-7: Fri 13/02/2026 16:00 + 3 working days = Wed 25/02/2026 16:00 with the official Tết break", async () => {
    expect((await preview(`${FRI_1600}&amount=3&unit=working_days`)).dueLocal).toBe("2026-02-25T16:00");
  });

  it("CAL-6: a dossier received at 18:00 starts counting at the next morning's opening", async () => {
    const result = await preview("from=2026-03-02T18:00:00%2B07:00&amount=8&unit=working_hours");
    expect(result.countingStartsAt).toBe("2026-03-03T00:30:00.000Z");
    expect(result.dueLocal).toBe("2026-03-03T17:00");
  });

  it("CAL-8: a same-day procedure received after the 15:00 cut-off is due the next working day", async () => {
    const late = await preview(
      "from=2026-03-02T15:30:00%2B07:00&amount=0&unit=working_days&sameDayCutoff=15:00",
    );
    expect(late.dueLocal).toBe("2026-03-03T17:00");
  });

  it("refuses bad input with 4xx problems and Vietnamese messages", async () => {
    const cases: [string, number, string][] = [
      ["amount=-1&unit=working_days", 400, "VALIDATION_FAILED"],
      ["amount=3&unit=weeks", 400, "VALIDATION_FAILED"],
      ["from=13/02/2026&amount=3&unit=working_days", 400, "VALIDATION_FAILED"],
      ["amount=3&unit=working_days&agencyId=not-a-uuid", 400, "VALIDATION_FAILED"],
      ["amount=3&unit=working_days&agencyId=6f1d2c3b-0000-4000-8000-000000000000", 404, "AGENCY_NOT_FOUND"],
      ["amount=1.5&unit=working_days&sameDayCutoff=15:00", 422, "DEADLINE_CUTOFF_UNIT"],
    ];
    for (const [query, status, code] of cases) {
      const response = await t.app.inject({ url: `/api/calendar/due-date?${query}` });
      expect(response.statusCode, query).toBe(status);
      expect(response.json().code, query).toBe(code);
    }
  });
});

describe("administrators change the calendar", () => {
  it("CAL-4: marking a day off moves the preview by one working day; clearing it moves it back; both are in the history", async () => {
    const before = await preview("from=2026-03-02T09:00:00%2B07:00&amount=3&unit=working_days");
    expect(before.dueLocal).toBe("2026-03-05T09:00");
    const set = await t.app.inject({
      method: "PUT",
      url: "/api/admin/calendar/days/2026-03-04",
      headers: { cookie: admin },
      payload: { kind: "day_off", name: "Nghỉ đột xuất do bão" },
    });
    expect(set.statusCode, set.body).toBe(200);
    const during = await preview("from=2026-03-02T09:00:00%2B07:00&amount=3&unit=working_days");
    expect(during.dueLocal).toBe("2026-03-06T09:00");
    expect(during.revisionKey).not.toBe(before.revisionKey);

    const cleared = await t.app.inject({
      method: "DELETE",
      url: "/api/admin/calendar/days/2026-03-04",
      headers: { cookie: admin },
    });
    expect(cleared.statusCode).toBe(200);
    expect((await preview("from=2026-03-02T09:00:00%2B07:00&amount=3&unit=working_days")).dueLocal).toBe(
      "2026-03-05T09:00",
    );

    const history = (
      await t.app.inject({ url: "/api/admin/calendar/history", headers: { cookie: admin } })
    ).json();
    expect(
      history.revisions
        .slice(0, 2)
        .map((r: { summary: string; changedBy: string }) => [r.summary, r.changedBy]),
    ).toEqual([
      ["Bỏ thiết lập riêng của ngày 2026-03-04", "Lê Thị Kiểm"],
      ["Đặt 2026-03-04 là ngày nghỉ: Nghỉ đột xuất do bão", "Lê Thị Kiểm"],
    ]);
  });

  it("CAL-4: a working Saturday counts toward the deadline", async () => {
    const put = await t.app.inject({
      method: "PUT",
      url: "/api/admin/calendar/days/2026-03-07",
      headers: { cookie: admin },
      payload: { kind: "working_day", name: "Làm bù" },
    });
    expect(put.statusCode).toBe(200);
    expect((await preview("from=2026-03-06T09:00:00%2B07:00&amount=1&unit=working_days")).dueLocal).toBe(
      "2026-03-07T09:00",
    );
  });

  it("CAL-1: an agency's own office hours apply to it and to its units, not to others", async () => {
    const response = await t.app.inject({
      method: "PUT",
      url: "/api/admin/calendar/working-hours",
      headers: { cookie: admin },
      payload: {
        agencyId: hacThanhId,
        periods: [
          { start: "07:00", end: "11:30" },
          { start: "13:30", end: "17:00" },
        ],
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    const evening = "from=2026-03-09T18:00:00%2B07:00&amount=1&unit=working_hours";
    expect((await preview(`${evening}&agencyId=${hacThanhUnitId}`)).dueLocal).toBe("2026-03-10T08:00");
    expect((await preview(evening)).dueLocal).toBe("2026-03-10T08:30");
  });

  it("CAL-4: importing an official schedule replaces the defaults of that year", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/admin/calendar/official-schedules",
      headers: { cookie: admin },
      payload: {
        year: 2027,
        source: "Thông báo thử nghiệm",
        entries: [
          { from: "2027-01-01", to: "2027-01-01", kind: "holiday", name: "Tết Dương lịch" },
          { from: "2027-02-04", to: "2027-02-12", kind: "day_off", name: "Nghỉ Tết Đinh Mùi" },
        ],
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    const year = (await t.app.inject({ url: "/api/calendar/years/2027" })).json();
    expect(year.official).toBe(true);
    const day = (date: string) => year.days.find((d: { date: string }) => d.date === date);
    expect(day("2027-02-04")).toMatchObject({ working: false, kind: "day_off" });
    // Giỗ Tổ 2027 (16/04) is not in this schedule: with the year official, the default no longer applies.
    expect(day("2027-04-16")).toMatchObject({ working: true });
  });

  it("refuses overlapping ranges, days outside the year and impossible dates, changing nothing", async () => {
    const revisionsBefore = (
      await t.app.inject({ url: "/api/admin/calendar/history", headers: { cookie: admin } })
    ).json().revisions.length;
    const bad = [
      {
        payload: {
          year: 2028,
          source: "x",
          entries: [
            { from: "2028-01-24", to: "2028-01-30", kind: "day_off", name: "Tết" },
            { from: "2028-01-29", to: "2028-02-01", kind: "day_off", name: "Tết" },
          ],
        },
        code: "CALENDAR_RANGES_OVERLAP",
      },
      {
        payload: {
          year: 2028,
          source: "x",
          entries: [{ from: "2027-12-31", to: "2028-01-01", kind: "holiday", name: "x" }],
        },
        code: "CALENDAR_SCHEDULE_INVALID",
      },
      {
        payload: {
          year: 2028,
          source: "x",
          entries: [{ from: "2028-02-30", to: "2028-02-30", kind: "holiday", name: "x" }],
        },
        code: "CALENDAR_SCHEDULE_INVALID",
      },
    ];
    for (const { payload, code } of bad) {
      const response = await t.app.inject({
        method: "POST",
        url: "/api/admin/calendar/official-schedules",
        headers: { cookie: admin },
        payload,
      });
      expect(response.statusCode).toBe(422);
      expect(response.json().code).toBe(code);
    }
    const invalidDay = await t.app.inject({
      method: "PUT",
      url: "/api/admin/calendar/days/2026-02-30",
      headers: { cookie: admin },
      payload: { kind: "day_off", name: "x" },
    });
    expect(invalidDay.statusCode).toBe(422);
    const revisionsAfter = (
      await t.app.inject({ url: "/api/admin/calendar/history", headers: { cookie: admin } })
    ).json().revisions.length;
    expect(revisionsAfter).toBe(revisionsBefore);
  });

  it("concurrent changes: each gets its own revision or a 409, never a lost update", async () => {
    const dates = ["2026-06-01", "2026-06-02", "2026-06-03", "2026-06-04", "2026-06-05"];
    const responses = await Promise.all(
      dates.map((date) =>
        t.app.inject({
          method: "PUT",
          url: `/api/admin/calendar/days/${date}`,
          headers: { cookie: admin },
          payload: { kind: "day_off", name: "thử" },
        }),
      ),
    );
    expect(responses.every((r) => r.statusCode === 200 || r.statusCode === 409)).toBe(true);
    const applied = responses.filter((r) => r.statusCode === 200).map((r) => r.json().revision as number);
    expect(new Set(applied).size).toBe(applied.length);
    const year = (await t.app.inject({ url: "/api/calendar/years/2026" })).json();
    const offInJune = year.days.filter(
      (d: { date: string; kind: string }) => dates.includes(d.date) && d.kind === "day_off",
    );
    expect(offInJune.length).toBe(applied.length);
  });
});

describe("who may change the calendar", () => {
  const change = (cookie?: string, agencyId?: string) =>
    t.app.inject({
      method: "PUT",
      url: "/api/admin/calendar/days/2026-07-01",
      ...(cookie ? { headers: { cookie } } : {}),
      payload: { kind: "day_off", name: "thử quyền", ...(agencyId ? { agencyId } : {}) },
    });

  it("nobody signed in → 401; specialist, one-stop officer, operator (ACC-4) → 403", async () => {
    expect((await change()).statusCode).toBe(401);
    for (const username of ["tuphap.chuyenvien", "tthcc.motcua", "vanhanh", "hacthanh.chutich"]) {
      const response = await change(await signInAs(t.app, username));
      expect(response.statusCode, username).toBe(403);
      expect(response.json().code).toBe("FORBIDDEN");
    }
  });

  it("the system administrator may change the national calendar and any agency's", async () => {
    const cookie = await signInAs(t.app, "admin");
    expect((await change(cookie)).statusCode).toBe(200);
    expect((await change(cookie, hacThanhId)).statusCode).toBe(200);
  });
});

describe("what the year view tells administrators", () => {
  it("says whether a day is set at this level, above it, or by default, and whether office hours are inherited", async () => {
    await t.app.inject({
      method: "PUT",
      url: "/api/admin/calendar/days/2026-11-02",
      headers: { cookie: admin },
      payload: { kind: "day_off", name: "Nghỉ riêng của phường", agencyId: hacThanhUnitId },
    });
    const unit = (await t.app.inject({ url: `/api/calendar/years/2026?agencyId=${hacThanhUnitId}` })).json();
    const setting = (date: string) => unit.days.find((d: { date: string }) => d.date === date).setting;
    expect([setting("2026-11-02"), setting("2026-02-17"), setting("2026-11-03")]).toEqual([
      "own",
      "inherited",
      "default",
    ]);
    expect(unit.workingHoursInherited).toBe(true);
    expect((await t.app.inject({ url: "/api/calendar/years/2026" })).json().workingHoursInherited).toBe(
      false,
    );
  });

  it("refuses to reset a day that has no setting of its own at that level (no empty revisions)", async () => {
    const response = await t.app.inject({
      method: "DELETE",
      url: "/api/admin/calendar/days/2026-11-03",
      headers: { cookie: admin },
    });
    expect([response.statusCode, response.json().code]).toEqual([422, "CALENDAR_DAY_NOT_SET"]);
  });

  it("explains contract violations in Vietnamese", async () => {
    const response = await t.app.inject({ url: "/api/calendar/due-date?amount=99999&unit=working_days" });
    expect(response.statusCode).toBe(400);
    const message = response.json().errors[0].message as string;
    expect(message).not.toMatch(/Too big|expected/i);
    expect(message).toMatch(/[ạảãáàâấầẩẫậăắằẳẵặđéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵ]/i);
  });
});
