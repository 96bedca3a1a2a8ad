import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { flat, readPdf } from "../documents/pdf-test-support.ts";
import {
  adoptionReceptionIds,
  createDossierTestApp,
  type DossierTestApp,
  nextWorkingMorning,
  officerCookies,
} from "./test-support.ts";

/** REC-2 (b) over HTTP: the counter's Mẫu 02 of a dossier found incomplete; no dossier is created. */

let t: DossierTestApp;
let cookies: Record<string, string>;
let ids: { agencyId: string; procedureId: string };

const MISSING = [
  "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (bản chính)",
  "Bản chụp Căn cước của người yêu cầu",
];

function slip(cookie: string | undefined, overrides: Record<string, unknown> = {}) {
  return t.app.inject({
    method: "POST",
    url: "/api/counter-slips/mau-02",
    headers: cookie ? { cookie } : {},
    payload: {
      agencyId: ids.agencyId,
      procedureId: ids.procedureId,
      applicant: {
        kind: "individual",
        name: "Trần Thị Bình",
        phone: "0987654321",
        address: "Phường Hạc Thành",
      },
      reason: "Hồ sơ còn thiếu thành phần bắt buộc theo quy định.",
      missingItems: MISSING,
      ...overrides,
    },
  });
}

async function countOf(table: "dossier" | "dossier_code_counter") {
  const { n } = await t.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(n);
}

beforeAll(async () => {
  t = await createDossierTestApp(0);
  t.clock.set(await nextWorkingMorning(t.db));
  cookies = await officerCookies(t.app, ["tthcc.motcua", "hacthanh.motcua", "tuphap.chuyenvien"]);
  ids = await adoptionReceptionIds(t.db);
});
afterAll(() => t.close());

describe("the counter's Mẫu 02 (REC-2 b)", () => {
  it("REC-2 (b): the PDF lists everything missing, at once, for the agency's one-stop officer; no dossier, no code; audited", async () => {
    const [dossiers, counters] = [await countOf("dossier"), await countOf("dossier_code_counter")];
    const response = await slip(cookies["tthcc.motcua"]);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    const text = flat(await readPdf(response.rawPayload));
    for (const item of MISSING) expect(text).toContain(item);
    expect(text).toContain("Trần Thị Bình");
    expect(text).toContain("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ".toUpperCase());
    expect(await countOf("dossier")).toBe(dossiers);
    expect(await countOf("dossier_code_counter")).toBe(counters);
    const audit = await t.db
      .selectFrom("audit_log")
      .select(["action", "object_type", "outcome"])
      .orderBy("seq", "desc")
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({
      action: "POST /api/counter-slips/mau-02",
      object_type: "counter_slip",
      outcome: "success",
    });
  });

  it("PRC-9: an officer of another agency, or without the one-stop role, is refused (403)", async () => {
    expect((await slip(cookies["hacthanh.motcua"])).statusCode).toBe(403);
    expect((await slip(cookies["tuphap.chuyenvien"])).statusCode).toBe(403);
    expect((await slip(undefined)).statusCode).toBe(401);
  });

  it("REC-2 (b): a slip without any missing item is refused with a Vietnamese message", async () => {
    const response = await slip(cookies["tthcc.motcua"], { missingItems: [] });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain("liệt kê ít nhất một giấy tờ còn thiếu");
  });
});
