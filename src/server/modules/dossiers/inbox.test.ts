import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DossierView, InboxPage } from "../../../contracts/dossiers.ts";
import { hashPassword } from "../identity/passwords.ts";
import {
  agencyIdOf,
  call,
  counterReception,
  createDossierTestApp,
  DAY,
  type DossierTestApp,
  HOUR,
  MINUTE,
  nextWorkingMorning,
  officerCookies,
  officerIdOf,
  procedureIdOf,
} from "./test-support.ts";

/** The officers' inbox (REC-3, PRC-9): who sees what, in which box, in which order. */

let t: DossierTestApp;
let cookies: Record<string, string>;
let ids: { agencyId: string; procedureId: string };
const dossiers: Record<"a" | "b" | "c", DossierView> = {} as never;

async function act(who: string, view: DossierView, type: string, body: Record<string, unknown> = {}) {
  t.clock.advance(5 * MINUTE);
  const response = await call(
    t.app,
    cookies[who],
    "POST",
    `/api/dossiers/${view.id}/${type.replaceAll("_", "-")}`,
    {
      expectedVersion: view.version,
      ...body,
    },
  );
  return response;
}

const box = async (who: string, name: string) => {
  const response = await call(t.app, cookies[who], "GET", `/api/inbox?box=${name}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as InboxPage;
};
/** The codes of this file's dossiers in a page (the demo data has dossiers of its own). */
const codes = (page: InboxPage) =>
  page.items.map((item) => item.code).filter((code) => Object.values(dossiers).some((d) => d.code === code));
const ours = (page: InboxPage) => page.items.filter((item) => codes(page).includes(item.code));

beforeAll(async () => {
  t = await createDossierTestApp(0);
  t.clock.set((await nextWorkingMorning(t.db)) + HOUR);
  // A second specialist of Phòng Hành chính tư pháp.
  const unit = await agencyIdOf(t.db, "000.01.06.H56");
  const second = await t.db
    .insertInto("officer")
    .values({
      username: "tuphap.chuyenvien2",
      full_name: "Lê Văn Hải",
      agency_id: unit,
      password_hash: await hashPassword("Motcua@2026"),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await t.db
    .insertInto("officer_role")
    .values({ officer_id: second.id, role: "specialist", scope_agency_id: unit })
    .execute();
  cookies = await officerCookies(t.app, [
    "tthcc.motcua",
    "tuphap.chuyenvien",
    "tuphap.chuyenvien2",
    "tuphap.truongphong",
    "tuphap.giamdoc",
    "xaydung.giamdoc",
  ]);
  ids = {
    agencyId: await agencyIdOf(t.db, "000.00.06.H56"),
    procedureId: await procedureIdOf(t.db, "1.003198"),
  };
  for (const key of ["a", "b", "c"] as const) {
    t.clock.advance(10 * MINUTE);
    const response = await call(
      t.app,
      cookies["tthcc.motcua"],
      "POST",
      "/api/dossiers",
      counterReception(ids),
    );
    dossiers[key] = response.body.dossier;
  }
  for (const key of ["a", "b"] as const) {
    dossiers[key] = (await act("tthcc.motcua", dossiers[key], "hand_over")).body;
  }
  const assigned = await act("tuphap.truongphong", dossiers.b, "assign", {
    officerId: await officerIdOf(t.db, "tuphap.chuyenvien2"),
  });
  expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
  dossiers.b = assigned.body;
});
afterAll(() => t.close());

describe("the inbox by role and scope (REC-3, PRC-9)", () => {
  it("the one-stop: received dossiers to hand over, nearest due first", async () => {
    const page = await box("tthcc.motcua", "to_receive");
    expect(codes(page)).toEqual([dossiers.c.code]);
    expect(ours(page)[0]).toMatchObject({
      status: "received",
      statusLabel: "Đã tiếp nhận",
      applicantName: "Nguyễn Văn An",
      procedure: { code: "1.003198" },
      timeClass: "ok",
      acceptance: null,
    });
    expect(ours(page)[0]?.remainingMinutes).toBeGreaterThan(0);
  });

  it("PRC-9: a step assigned to an officer is in their box only; unassigned, in every officer's of the step", async () => {
    expect(codes(await box("tuphap.chuyenvien", "to_process"))).toEqual([dossiers.a.code]);
    // Both are at the same step; their order is by due, which may tie (the step's due is per day).
    const second = await box("tuphap.chuyenvien2", "to_process");
    expect(codes(second).sort()).toEqual([dossiers.a.code, dossiers.b.code].sort());
    const row = ours(second).find((item) => item.code === dossiers.b.code);
    expect(row?.step).toMatchObject({ index: 0, name: "Xác minh, thẩm định điều kiện nhận con nuôi" });
  });

  it("PRC-9: assigning to someone who does not hold the step's role at its unit is refused", async () => {
    const response = await act("tuphap.truongphong", dossiers.a, "assign", {
      officerId: await officerIdOf(t.db, "xaydung.chuyenvien"),
    });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe("ASSIGNEE_NOT_ELIGIBLE");
  });

  it("overdue: the leader sees the agency's, the specialist those they hold, another agency nothing", async () => {
    const due = Date.parse(dossiers.a.clock.due ?? "");
    t.clock.set(due + DAY);
    expect(codes(await box("tuphap.giamdoc", "overdue")).sort()).toEqual(
      [dossiers.a.code, dossiers.b.code, dossiers.c.code].sort(),
    );
    const mine = await box("tuphap.chuyenvien", "overdue");
    expect(codes(mine)).toEqual([dossiers.a.code]);
    expect(ours(mine)[0]?.timeClass).toBe("overdue");
    expect(ours(mine)[0]?.remainingMinutes).toBeLessThan(0);
    expect(codes(await box("xaydung.giamdoc", "overdue"))).toEqual([]);
  });

  it("counts per box in one call agree with the boxes", async () => {
    for (const who of ["tuphap.chuyenvien2", "tthcc.motcua", "tuphap.giamdoc"]) {
      const counts = (await call(t.app, cookies[who], "GET", "/api/inbox/counts")).body.counts;
      for (const name of ["to_receive", "to_process", "to_approve", "to_return", "overdue", "due_soon"]) {
        expect(counts[name], `${who} ${name}`).toBe((await box(who, name)).total);
      }
    }
  });

  it("searches the whole box by code, applicant or procedure, diacritics and punctuation ignored", async () => {
    const search = async (q: string) => {
      const response = await call(
        t.app,
        cookies["tthcc.motcua"],
        "GET",
        `/api/inbox?box=to_receive&pageSize=100&q=${encodeURIComponent(q)}`,
      );
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return response.body as InboxPage;
    };
    const code = dossiers.c.code;
    expect(codes(await search("nguyen van an"))).toEqual([code]);
    expect(codes(await search(`AN ${code.slice(-4)}`))).toEqual([code]);
    expect(codes(await search("nguy va"))).toEqual([code]);
    expect(codes(await search("1.003198 nguyễn"))).toEqual([code]);
    expect((await search("nguyen khong-co-ai")).total).toBe(0);
    expect((await search("% _")).total).toBe((await search("")).total);
    const tooLong = await call(
      t.app,
      cookies["tthcc.motcua"],
      "GET",
      `/api/inbox?box=to_receive&q=${"a".repeat(101)}`,
    );
    expect(tooLong.status).toBe(400);
  });

  it("paging and sorting", async () => {
    const all = await call(
      t.app,
      cookies["tuphap.giamdoc"],
      "GET",
      "/api/inbox?box=overdue&pageSize=100&sort=code",
    );
    const total = all.body.total as number;
    expect(total).toBeGreaterThanOrEqual(3);
    const first = await call(
      t.app,
      cookies["tuphap.giamdoc"],
      "GET",
      "/api/inbox?box=overdue&pageSize=2&sort=code",
    );
    const rest = await call(
      t.app,
      cookies["tuphap.giamdoc"],
      "GET",
      `/api/inbox?box=overdue&pageSize=${total}&sort=code`,
    );
    expect(first.body.items.map((i: { code: string }) => i.code)).toEqual(
      rest.body.items.slice(0, 2).map((i: { code: string }) => i.code),
    );
    const sorted = all.body.items.map((i: { code: string }) => i.code);
    expect(sorted).toEqual([...sorted].sort());
    const byDue = (await box("tuphap.giamdoc", "overdue")).items.map((i) => Date.parse(i.due ?? ""));
    expect(byDue).toEqual([...byDue].sort((a, b) => a - b));
    const bad = await call(t.app, cookies["tuphap.giamdoc"], "GET", "/api/inbox?box=everything");
    expect(bad.status).toBe(400);
  });
});
