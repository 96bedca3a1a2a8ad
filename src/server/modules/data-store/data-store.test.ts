import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DataStoreItem } from "../../../contracts/data-store.ts";
import type { DossierView } from "../../../contracts/dossiers.ts";
import { householdBusinessForm } from "../dossiers/household-business-form.ts";
import {
  adoptionReceptionIds,
  agencyIdOf,
  call,
  citizenSession,
  counterReception,
  createDossierTestApp,
  type DossierTestApp,
  HOUR,
  MINUTE,
  nextWorkingMorning,
  officerCookies,
  procedureIdOf,
  SAMPLE_PDF,
  uploadSamplePdf,
} from "../dossiers/test-support.ts";
import { runUpkeep } from "../upkeep/run-upkeep.ts";
import { deleteItem } from "./delete-item.ts";
import { listItems } from "./list-items.ts";

/** RES-3, DIG-1 (issue #14): the citizen's personal data store ("Kho dữ liệu điện tử"). */

/** The e-form of "Đăng ký thành lập hộ kinh doanh" (1.001612), filled in correctly. */
const HOUSEHOLD_BUSINESS = householdBusinessForm();
const HAC_THANH_OFFICERS = [
  "hacthanh.motcua",
  "hacthanh.congchuc",
  "hacthanh.diachinh",
  "hacthanh.truongphong",
  "hacthanh.chutich",
];
/** The way through the workflow to the return, in order of preference for whoever may act. */
const WAY = [
  "accept_online",
  "hand_over",
  "submit_for_approval",
  "approve",
  "upload_result",
  "send_result",
  "confirm_result",
  "return_result",
] as const;

let t: DossierTestApp;
let binh: { id: string; cookie: string };
let an: { id: string; cookie: string };
let officers: Record<string, string>;
let submission: Record<string, unknown>;

beforeAll(async () => {
  t = await createDossierTestApp(0);
  t.clock.set((await nextWorkingMorning(t.db)) + HOUR);
  binh = await citizenSession(t.db, { identityNumber: "038192004567", fullName: "Lê Thị Bình" });
  an = await citizenSession(t.db, { identityNumber: "038085012345", fullName: "Nguyễn Văn An" });
  officers = await officerCookies(t.app, [
    ...HAC_THANH_OFFICERS,
    "tthcc.motcua",
    "tuphap.chuyenvien",
    "tuphap.truongphong",
    "tuphap.giamdoc",
  ]);
  submission = {
    agencyId: await agencyIdOf(t.db, "000.00.51.H56"),
    procedureId: await procedureIdOf(t.db, "1.001612"),
    formData: HOUSEHOLD_BUSINESS,
    resultDelivery: "electronic",
  };
}, 60_000);
afterAll(() => t.close());

async function upload(cookie: string, name = "giay-to.pdf"): Promise<string> {
  const response = await t.app.inject({
    method: "POST",
    url: `/api/citizen/files?name=${name}`,
    headers: { cookie, "content-type": "application/octet-stream" },
    payload: SAMPLE_PDF,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

async function storeOf(cookie: string): Promise<DataStoreItem[]> {
  const response = await call(t.app, cookie, "GET", "/api/citizen/data-store");
  expect(response.status).toBe(200);
  return response.body.items;
}

async function patch(cookie: string, itemId: string, title: string) {
  const response = await t.app.inject({
    method: "PATCH",
    url: `/api/citizen/data-store/${itemId}`,
    headers: { cookie },
    payload: { title },
  });
  return { status: response.statusCode, body: response.json() };
}

async function submit(cookie: string, fileId: string) {
  return call(t.app, cookie, "POST", "/api/citizen/dossiers", {
    ...submission,
    components: [{ index: 0, fileId }],
  });
}

/**
 * Moves a dossier along the workflow until it is returned: each round, the first officer whose
 * view offers the next command of the way issues it (the result is uploaded by whoever may).
 */
async function driveToReturned(dossierId: string, cookies: readonly string[]): Promise<DossierView> {
  const done: string[] = [];
  for (let round = 0; round < 20; round++) {
    let acted = false;
    for (const type of WAY) {
      for (const cookie of cookies) {
        const view = (await call(t.app, cookie, "GET", `/api/dossiers/${dossierId}`)).body as DossierView;
        if (view.status === "returned") return view;
        if (!view.allowedCommands?.some((c) => c.command === type)) continue;
        // A result is uploaded once (a new upload would only replace it).
        if (type === "upload_result" && done.some((d) => d.startsWith(type))) continue;
        const body: Record<string, unknown> = { expectedVersion: view.version };
        if (type === "upload_result") {
          body.documentNumber = "42/GCN-HKD";
          body.fileId = await uploadSamplePdf(t, cookie, "ket-qua.pdf");
        }
        if (type === "approve") body.note = "Đồng ý";
        t.clock.advance(20 * MINUTE);
        const path = `/api/dossiers/${dossierId}/${type.replaceAll("_", "-")}`;
        const response = await call(t.app, cookie, "POST", path, body);
        expect(response.status, `${type}: ${JSON.stringify(response.body)}`).toBe(200);
        done.push(`${type}@${view.status}`);
        acted = true;
        break;
      }
      if (acted) break;
    }
    if (!acted) {
      const view = (await call(t.app, cookies[0], "GET", `/api/dossiers/${dossierId}`)).body as DossierView;
      throw new Error(`stuck at ${view.status}: ${JSON.stringify(view.allowedCommands)}`);
    }
  }
  throw new Error(`not returned after 20 commands: ${done.join(", ")}`);
}

describe("RES-3: a returned result lands in the owner's data store by itself", () => {
  let returned: DossierView;

  it("RES-3: a returned online dossier's electronic result is in the citizen's store, once", async () => {
    const submitted = await submit(binh.cookie, await upload(binh.cookie));
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
    expect(await storeOf(binh.cookie)).toEqual([]);
    returned = await driveToReturned(
      submitted.body.id,
      HAC_THANH_OFFICERS.map((u) => officers[u] as string),
    );
    expect(returned.status).toBe("returned");
    const items = await storeOf(binh.cookie);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      kind: "result",
      sourceDossier: { id: returned.id, code: returned.code },
      documentNumber: "42/GCN-HKD",
      mime: "application/pdf",
      size: SAMPLE_PDF.length,
    });
    expect(items[0]?.fileId).toBe(returned.result?.fileId);
    // Only once: the unique (citizen, file) holds whatever runs again.
    const rows = await t.db
      .selectFrom("data_store_item")
      .select("id")
      .where("source_dossier_id", "=", returned.id)
      .execute();
    expect(rows).toHaveLength(1);
    // Another citizen sees nothing of it.
    expect(await storeOf(an.cookie)).toEqual([]);
    const foreign = await call(t.app, an.cookie, "GET", `/api/citizen/data-store/${items[0]?.id}/file`);
    expect(foreign.status).toBe(404);
    expect(foreign.body).toMatchObject({ code: "DATA_STORE_ITEM_NOT_FOUND" });
  }, 120_000);

  it("RES-3: a counter dossier without an e-ID owner puts nothing in any store", async () => {
    const before = await t.db.selectFrom("data_store_item").select("id").execute();
    const ids = await adoptionReceptionIds(t.db);
    const received = await call(
      t.app,
      officers["tthcc.motcua"],
      "POST",
      "/api/dossiers",
      counterReception(ids, { resultDelivery: "electronic" }),
    );
    expect(received.status, JSON.stringify(received.body)).toBe(201);
    const view = await driveToReturned(received.body.dossier.id, [
      officers["tthcc.motcua"] as string,
      officers["tuphap.chuyenvien"] as string,
      officers["tuphap.truongphong"] as string,
      officers["tuphap.giamdoc"] as string,
    ]);
    expect(view.status).toBe("returned");
    const after = await t.db.selectFrom("data_store_item").select("id").execute();
    expect(after).toHaveLength(before.length);
  }, 120_000);

  it("DIG-1: the result (uploaded by an officer) is reused as a component of a new submission, flagged as reused", async () => {
    const [result] = await storeOf(binh.cookie);
    const reused = await submit(binh.cookie, result?.fileId as string);
    expect(reused.status, JSON.stringify(reused.body)).toBe(201);
    const attachment = await t.db
      .selectFrom("dossier_attachment")
      .select(["file_id", "from_data_store"])
      .where("dossier_id", "=", reused.body.id)
      .where("purpose", "=", "component")
      .executeTakeFirstOrThrow();
    expect(attachment).toEqual({ file_id: result?.fileId, from_data_store: true });
    // A draft holding the store's result gives it back on resume (issue #14 drafts).
    const draft = await t.app.inject({
      method: "PUT",
      url: `/api/citizen/drafts/${submission.procedureId}`,
      headers: { cookie: binh.cookie },
      payload: {
        idempotencyKey: "data-store-draft-1",
        formVersion: null,
        step: 3,
        agencyId: submission.agencyId,
        formData: HOUSEHOLD_BUSINESS,
        components: [{ index: 0, fileId: result?.fileId }],
        resultDelivery: null,
      },
    });
    expect(draft.statusCode, draft.body).toBe(204);
    const resumed = await call(t.app, binh.cookie, "GET", `/api/citizen/drafts/${submission.procedureId}`);
    expect(resumed.body.components.map((c: { file: { id: string } }) => c.file.id)).toEqual([result?.fileId]);
    // A file uploaded for the submission itself is not counted as reuse.
    const fresh = await submit(binh.cookie, await upload(binh.cookie));
    expect(fresh.status).toBe(201);
    const freshAttachment = await t.db
      .selectFrom("dossier_attachment")
      .select("from_data_store")
      .where("dossier_id", "=", fresh.body.id)
      .where("purpose", "=", "component")
      .executeTakeFirstOrThrow();
    expect(freshAttachment.from_data_store).toBe(false);
  });

  it("DIG-1: a file in someone else's store is refused as a component", async () => {
    const [result] = await storeOf(binh.cookie);
    const refused = await call(t.app, an.cookie, "POST", "/api/citizen/dossiers", {
      ...submission,
      formData: { ...HOUSEHOLD_BUSINESS, hoTenChuHo: "Nguyễn Văn An", soDinhDanhChuHo: "038085012345" },
      components: [{ index: 0, fileId: result?.fileId }],
    });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: "FILE_NOT_FOUND" });
    // Nor can the other citizen keep it in their own store.
    const keptByOther = await call(t.app, an.cookie, "POST", "/api/citizen/data-store", {
      fileId: result?.fileId,
      title: "Của người khác",
    });
    expect(keptByOther.status).toBe(422);
  });
});

describe("DIG-1: the citizen's own documents", () => {
  let item: DataStoreItem;

  it("DIG-1: an uploaded file is kept with a title, listed, downloaded with its type and name", async () => {
    const fileId = await upload(an.cookie, "can-cuoc.pdf");
    const added = await call(t.app, an.cookie, "POST", "/api/citizen/data-store", {
      fileId,
      title: "  Căn cước công dân  ",
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    item = added.body;
    expect(item).toMatchObject({ kind: "uploaded", title: "Căn cước công dân", fileId, sourceDossier: null });
    expect((await storeOf(an.cookie)).map((i) => i.id)).toEqual([item.id]);
    const again = await call(t.app, an.cookie, "POST", "/api/citizen/data-store", {
      fileId,
      title: "Lần hai",
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: "DATA_STORE_ITEM_EXISTS" });
    const file = await t.app.inject({
      url: `/api/citizen/data-store/${item.id}/file`,
      headers: { cookie: an.cookie },
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toBe("application/pdf");
    expect(file.headers["content-disposition"]).toBe("attachment; filename*=UTF-8''can-cuoc.pdf");
    expect(file.rawPayload.equals(SAMPLE_PDF)).toBe(true);
  });

  it("DIG-1: only the citizen's own uploads can be kept; bad input is a 400", async () => {
    const binhFile = await upload(binh.cookie);
    const foreign = await call(t.app, an.cookie, "POST", "/api/citizen/data-store", {
      fileId: binhFile,
      title: "Không phải của tôi",
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body).toMatchObject({ code: "FILE_NOT_FOUND" });
    const empty = await call(t.app, an.cookie, "POST", "/api/citizen/data-store", {
      fileId: binhFile,
      title: " ",
    });
    expect(empty.status).toBe(400);
    const anonymous = await call(t.app, undefined, "GET", "/api/citizen/data-store");
    expect(anonymous.status).toBe(401);
  });

  it("DIG-1: another citizen gets 404 for the item: read, rename, delete", async () => {
    const rename = await patch(binh.cookie, item.id, "Đổi tên");
    expect(rename.status).toBe(404);
    const remove = await t.app.inject({
      method: "DELETE",
      url: `/api/citizen/data-store/${item.id}`,
      headers: { cookie: binh.cookie },
    });
    expect(remove.statusCode).toBe(404);
    const read = await call(t.app, binh.cookie, "GET", `/api/citizen/data-store/${item.id}/file`);
    expect(read.status).toBe(404);
    const bogus = await call(t.app, binh.cookie, "GET", "/api/citizen/data-store/not-an-id/file");
    expect(bogus.status).toBe(404);
    expect((await storeOf(an.cookie)).map((i) => i.title)).toEqual(["Căn cước công dân"]);
  });

  it("DIG-1: the owner renames and deletes their item", async () => {
    const renamed = await patch(an.cookie, item.id, "CCCD (bản scan)");
    expect(renamed.status).toBe(200);
    expect(renamed.body.title).toBe("CCCD (bản scan)");
    const removed = await t.app.inject({
      method: "DELETE",
      url: `/api/citizen/data-store/${item.id}`,
      headers: { cookie: an.cookie },
    });
    expect(removed.statusCode).toBe(204);
    expect(await storeOf(an.cookie)).toEqual([]);
  });

  it("DIG-1: files in the store survive the orphan upkeep; a removed one is swept like any upload", async () => {
    const kept = await upload(an.cookie, "ho-khau.pdf");
    const added = await call(t.app, an.cookie, "POST", "/api/citizen/data-store", {
      fileId: kept,
      title: "Sổ",
    });
    expect(added.status).toBe(201);
    const loose = await upload(an.cookie, "nhap.pdf");
    // The upkeep a month on (it also ends this test's sessions: the store is read from here on).
    const later = new Date(Date.now() + 30 * 24 * HOUR);
    await runUpkeep(t.db, { orphanHours: 24, idempotencyKeyHours: 24 }, later);
    const left = async (ids: string[]) =>
      (await t.db.selectFrom("stored_file").select("id").where("id", "in", ids).execute()).map((r) => r.id);
    expect(await left([kept, loose])).toEqual([kept]);
    expect((await listItems(t.db, an.id)).items.map((i) => i.fileId)).toEqual([kept]);
    // The result in Bình's store (an attached file) stays as well.
    expect((await listItems(t.db, binh.id)).items.map((i) => i.kind)).toContain("result");
    await deleteItem(t.db, an.id, added.body.id);
    await runUpkeep(t.db, { orphanHours: 24, idempotencyKeyHours: 24 }, later);
    expect(await left([kept])).toEqual([]);
  });
});
