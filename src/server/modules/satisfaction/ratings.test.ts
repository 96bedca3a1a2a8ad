import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DossierRating, PublicSatisfaction } from "../../../contracts/satisfaction.ts";
import { citizenSession, createDossierTestApp, type DossierTestApp } from "../dossiers/test-support.ts";
import { reportFixture } from "../reports/test-support.ts";
import { demoOneStop, returnResult } from "./test-support.ts";

/**
 * SAT-1, SAT-2: the applicant of a finished dossier rates it once; the ratings are published as
 * aggregates. Dossiers of Sở Tư pháp built by the lifecycle (reports' fixture), received under the
 * ID number 038090001111, so a level-2 citizen with that number owns them.
 */

let t: DossierTestApp;
let owner: { id: string; cookie: string };
let stranger: { id: string; cookie: string };
let officerName: string;
const dossier: Record<string, string> = {};

beforeAll(async () => {
  t = await createDossierTestApp(Date.parse("2026-04-01T03:00:00Z"));
  const f = await reportFixture(t.db);
  const oneStop = await demoOneStop(t.db, f.agencyId);
  officerName = oneStop.name;
  const returned = async () =>
    returnResult(
      f.counter("2026-03-02T09:00").toOneStop("2026-03-04T09:00").finish("2026-03-05T09:00"),
      oneStop.actor,
    ).save();
  dossier.returned = (await returned()).id;
  dossier.other = (await returned()).id;
  dossier.test = (
    await returnResult(
      f.counter("2026-03-02T09:30", { test: true }).toOneStop("2026-03-04T09:00").finish("2026-03-05T09:00"),
      oneStop.actor,
    ).save()
  ).id;
  dossier.refused = (await f.online("2026-03-03T09:00").refuseReception("2026-03-03T09:10").save()).id;
  dossier.inProgress = (await f.counter("2026-03-03T10:00").handOver("2026-03-03T10:30").save()).id;
  owner = await citizenSession(t.db, { identityNumber: "038090001111", fullName: "Trần Thị Báo Cáo" });
  stranger = await citizenSession(t.db, { identityNumber: "038192009999", fullName: "Phạm Văn Khác" });
});
afterAll(() => t.close());

const send = (cookie: string, method: "GET" | "POST", url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie }, ...(method === "POST" ? { payload } : {}) });
const ratingUrl = (id: string | undefined) => `/api/citizen/dossiers/${id}/rating`;

describe("SAT-1: the applicant rates a finished dossier once", () => {
  it("SAT-1: a returned dossier can be rated, the agency and the one-stop officer who returned it", async () => {
    const before = await send(owner.cookie, "GET", ratingUrl(dossier.returned));
    expect(before.statusCode).toBe(200);
    expect(before.json()).toEqual({ canRate: true, officer: { name: officerName }, rating: null });
    const rated = await send(owner.cookie, "POST", ratingUrl(dossier.returned), {
      agencyLevel: "very_satisfied",
      officerLevel: "satisfied",
      comment: "  Cán bộ hướng dẫn tận tình  ",
    });
    expect(rated.statusCode, rated.body).toBe(200);
    expect(rated.json<DossierRating>()).toMatchObject({
      canRate: false,
      rating: {
        agencyLevel: "very_satisfied",
        officerLevel: "satisfied",
        comment: "Cán bộ hướng dẫn tận tình",
      },
    });
  });

  it("SAT-1: a second rating is refused with RATING_ALREADY_GIVEN and changes nothing", async () => {
    const again = await send(owner.cookie, "POST", ratingUrl(dossier.returned), {
      agencyLevel: "unsatisfied",
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: "RATING_ALREADY_GIVEN" });
    expect(again.json().detail).toMatch(/một lần/);
    const stored = await t.db
      .selectFrom("dossier_rating")
      .selectAll()
      .where("dossier_id", "=", dossier.returned ?? "")
      .execute();
    expect(stored.map((row) => row.agency_level)).toEqual(["very_satisfied"]);
  });

  it("SAT-1: a dossier still in processing cannot be rated yet (RATING_NOT_YET_ALLOWED)", async () => {
    const view = await send(owner.cookie, "GET", ratingUrl(dossier.inProgress));
    expect(view.json<DossierRating>().canRate).toBe(false);
    const early = await send(owner.cookie, "POST", ratingUrl(dossier.inProgress), {
      agencyLevel: "satisfied",
    });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: "RATING_NOT_YET_ALLOWED" });
  });

  it("SAT-1: a dossier refused at reception can be rated (the agency only when no officer is rated)", async () => {
    const rated = await send(owner.cookie, "POST", ratingUrl(dossier.refused), {
      agencyLevel: "unsatisfied",
    });
    expect(rated.statusCode, rated.body).toBe(200);
    expect(rated.json<DossierRating>().rating).toMatchObject({
      agencyLevel: "unsatisfied",
      officerLevel: null,
    });
  });

  it("SAT-1, rule 7: another citizen's dossier does not exist for them (404), nor for nobody (401)", async () => {
    for (const method of ["GET", "POST"] as const) {
      const response = await send(stranger.cookie, method, ratingUrl(dossier.other), {
        agencyLevel: "satisfied",
      });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: "DOSSIER_NOT_FOUND" });
    }
    const anonymous = await t.app.inject({ method: "GET", url: ratingUrl(dossier.other) });
    expect(anonymous.statusCode).toBe(401);
    expect(
      await t.db
        .selectFrom("dossier_rating")
        .select("dossier_id")
        .where("dossier_id", "=", dossier.other ?? "")
        .execute(),
    ).toEqual([]);
  });

  it("SAT-1: a level outside the three is a 400 with a Vietnamese message", async () => {
    const response = await send(owner.cookie, "POST", ratingUrl(dossier.other), { agencyLevel: "ok" });
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toMatch(/mức độ hài lòng không hợp lệ/);
  });
});

describe("SAT-2: public aggregates per agency and per officer", () => {
  it("SAT-2: counts per level and the satisfied share, with no personal data; test dossiers count nowhere", async () => {
    await send(owner.cookie, "POST", ratingUrl(dossier.test), {
      agencyLevel: "unsatisfied",
      officerLevel: "unsatisfied",
    });
    const response = await t.app.inject({ method: "GET", url: "/api/public/satisfaction" });
    expect(response.statusCode).toBe(200);
    const body = response.json<PublicSatisfaction>();
    const justice = body.agencies.find((agency) => agency.name === "Sở Tư pháp");
    // Rated: the returned one very satisfied, the refused one unsatisfied (the test one not counted).
    expect(justice?.counts).toEqual({
      verySatisfied: 1,
      satisfied: 0,
      unsatisfied: 1,
      total: 2,
      satisfiedShare: 0.5,
    });
    expect(body.officers).toEqual([
      expect.objectContaining({
        name: officerName,
        agencyName: "Sở Tư pháp",
        counts: { verySatisfied: 0, satisfied: 1, unsatisfied: 0, total: 1, satisfiedShare: 1 },
      }),
    ]);
    const text = response.body;
    for (const personal of [
      "Trần Thị Báo Cáo",
      "038090001111",
      "tận tình",
      dossier.returned ?? "",
      owner.id,
    ]) {
      expect(text).not.toContain(personal);
    }
  });
});
