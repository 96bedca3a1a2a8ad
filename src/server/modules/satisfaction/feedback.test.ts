import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  CitizenFeedbackList,
  FeedbackReceipt,
  OfficerFeedbackList,
  PublicFeedbackList,
} from "../../../contracts/satisfaction.ts";
import { vietnamInstant } from "../../../domain/calendar/dates.ts";
import {
  agencyIdOf,
  citizenSession,
  createDossierTestApp,
  type DossierTestApp,
  officerCookies,
} from "../dossiers/test-support.ts";

/**
 * SAT-3: feedback and petitions sent to an agency, due 10 working days later on its calendar,
 * answered by its officers, the answer read by the sender and, when published, by everyone.
 */

let t: DossierTestApp;
let justice: string;
let construction: string;
let officers: Record<string, string>;
let citizen: { id: string; cookie: string };

/** Thursday 23/04/2026, 10:00 in Vietnam. */
const RECEIVED = vietnamInstant("2026-04-23T10:00");

beforeAll(async () => {
  t = await createDossierTestApp(RECEIVED);
  justice = await agencyIdOf(t.db, "000.00.06.H56");
  construction = await agencyIdOf(t.db, "000.00.07.H56");
  officers = await officerCookies(t.app, ["tuphap.giamdoc", "xaydung.giamdoc", "tuphap.chuyenvien"]);
  citizen = await citizenSession(t.db, { identityNumber: "038090012345", fullName: "Hoàng Thị Phản Ánh" });
});
afterAll(() => t.close());

const send = (payload: object, cookie?: string) =>
  t.app.inject({
    method: "POST",
    url: "/api/public/feedback",
    payload,
    ...(cookie ? { headers: { cookie } } : {}),
  });
const FEEDBACK = {
  subject: "Thời gian chờ tại quầy",
  content: "Tôi phải chờ hơn hai giờ để được tiếp nhận hồ sơ.",
  procedureCode: "1.002079",
};

describe("SAT-3: receiving feedback and petitions", () => {
  it("SAT-3: an anonymous sender must leave a name and a phone or e-mail (FEEDBACK_CONTACT_REQUIRED)", async () => {
    for (const contact of [{}, { contactName: "Lê Văn Nặc Danh" }, { contactPhone: "0912345678" }]) {
      const response = await send({ ...FEEDBACK, agencyId: justice, ...contact });
      expect(response.statusCode, JSON.stringify(contact)).toBe(400);
      expect(response.json()).toMatchObject({ code: "FEEDBACK_CONTACT_REQUIRED" });
    }
    const withContact = await send({
      ...FEEDBACK,
      agencyId: justice,
      contactName: "Lê Văn Nặc Danh",
      contactEmail: "nacdanh@example.vn",
    });
    expect(withContact.statusCode, withContact.body).toBe(201);
  });

  it("SAT-3: due 10 working days later on the agency's calendar, across Giỗ Tổ, 30/4–1/5 and weekends", async () => {
    const response = await send({ ...FEEDBACK, agencyId: justice }, citizen.cookie);
    expect(response.statusCode, response.body).toBe(201);
    // Thu 23/04 10:00 → Fri 24 (1); Sat 25, Sun 26 (Giỗ Tổ), Mon 27 (nghỉ bù) skipped; Tue 28 (2),
    // Wed 29 (3); Thu 30/04, Fri 01/05 holidays, weekend; Mon 04/05 (4) … Fri 08 (8), Mon 11 (9),
    // Tue 12/05 (10), at the time of day received.
    expect(response.json<FeedbackReceipt>().dueAt).toBe(
      new Date(vietnamInstant("2026-05-12T10:00")).toISOString(),
    );
  });

  it("SAT-3: content is limited in size, and an unknown agency is a 404", async () => {
    const long = await send({ ...FEEDBACK, agencyId: justice, content: "x".repeat(4001) }, citizen.cookie);
    expect(long.statusCode).toBe(400);
    const unknown = await send(
      { ...FEEDBACK, agencyId: "00000000-0000-4000-8000-000000000000" },
      citizen.cookie,
    );
    expect(unknown.statusCode).toBe(404);
  });
});

describe("SAT-3: answering", () => {
  const list = (cookie: string | undefined, agencyId: string) =>
    t.app.inject({
      method: "GET",
      url: `/api/feedback?agencyId=${agencyId}&status=all`,
      ...(cookie ? { headers: { cookie } } : {}),
    });
  const answer = (cookie: string | undefined, id: string, agencyId: string) =>
    t.app.inject({
      method: "POST",
      url: `/api/feedback/${id}/answer`,
      payload: { agencyId, answer: "Sở đã bố trí thêm một quầy tiếp nhận.", publish: true },
      ...(cookie ? { headers: { cookie } } : {}),
    });
  const citizensOwn = async () => {
    const mine = await t.app.inject({
      method: "GET",
      url: "/api/citizen/feedback",
      headers: { cookie: citizen.cookie },
    });
    const item = mine.json<CitizenFeedbackList>().items[0];
    if (!item) throw new Error("the citizen has no feedback");
    return item;
  };

  it("SAT-3: the agency's leader lists it with its due; overdue once the due has passed", async () => {
    const response = await list(officers["tuphap.giamdoc"], justice);
    expect(response.statusCode).toBe(200);
    const items = response.json<OfficerFeedbackList>().items;
    expect(items).toHaveLength(2);
    expect(items.every((item) => !item.overdue)).toBe(true);
    expect(items.find((item) => item.sender.signedIn)?.sender.name).toBe("Hoàng Thị Phản Ánh");
    t.clock.set(vietnamInstant("2026-05-12T10:01"));
    const later = await list(officers["tuphap.giamdoc"], justice);
    expect(later.json<OfficerFeedbackList>().items.every((item) => item.overdue)).toBe(true);
    t.clock.set(RECEIVED);
  });

  it("SAT-3: an officer of another agency may not list or answer it (403); a specialist neither", async () => {
    const { id } = await citizensOwn();
    expect((await list(officers["xaydung.giamdoc"], justice)).statusCode).toBe(403);
    const theirs = await answer(officers["xaydung.giamdoc"], id, construction);
    expect(theirs.statusCode).toBe(403);
    expect(theirs.json()).toMatchObject({ code: "FEEDBACK_OTHER_AGENCY" });
    expect((await answer(officers["xaydung.giamdoc"], id, justice)).statusCode).toBe(403);
    expect((await answer(officers["tuphap.chuyenvien"], id, justice)).statusCode).toBe(403);
    expect((await answer(undefined, id, justice)).statusCode).toBe(401);
    expect((await citizensOwn()).answer).toBeNull();
  });

  it("SAT-3: the agency answers once; the sender reads it, and the public reads the published answer without the sender", async () => {
    const { id } = await citizensOwn();
    t.clock.set(vietnamInstant("2026-05-04T09:00"));
    const answered = await answer(officers["tuphap.giamdoc"], id, justice);
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ overdue: false, answerPublished: true });
    const again = await answer(officers["tuphap.giamdoc"], id, justice);
    expect(again.json()).toMatchObject({ code: "FEEDBACK_ALREADY_ANSWERED" });
    expect((await citizensOwn()).answer).toBe("Sở đã bố trí thêm một quầy tiếp nhận.");
    const published = await t.app.inject({ method: "GET", url: "/api/public/feedback" });
    const items = published.json<PublicFeedbackList>().items;
    expect(items.map((item) => item.id)).toEqual([id]);
    expect(published.body).not.toContain("Hoàng Thị Phản Ánh");
    expect(published.body).not.toContain(citizen.id);
  });
});
