import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../testing/test-app.ts";
import { householdBusinessForm } from "../dossiers/household-business-form.ts";
import { MAX_FILE_BYTES } from "../dossiers/store-file.ts";
import {
  agencyIdOf,
  call,
  citizenSession,
  createDossierTestApp,
  type DossierTestApp,
  HOUR,
  nextWorkingMorning,
  procedureIdOf,
  SAMPLE_PDF,
} from "../dossiers/test-support.ts";
import { signedPdf, TEST_ISSUER_NAME, TEST_SIGNER_NAME, unsignedPdf } from "./test-support.ts";

/**
 * Issue #14 (REC-4): uploads refused for what they are (type mismatch, size, malformed PDF) with
 * nothing stored; a PDF's digital signature checked at upload; online submission of a procedure
 * requiring a signature needs a verified signed component, and the event records the signer.
 */

/** The e-form of "Đăng ký thành lập hộ kinh doanh" (1.001612), filled in correctly. */
const HOUSEHOLD_BUSINESS = householdBusinessForm(
  { name: "Trần Văn Ký", idNumber: "038090012345", birthDate: "1990-01-15", gender: "nam" },
  "Hộ kinh doanh Phở Ký Số",
);
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
]);

let t: DossierTestApp;
let citizen: { id: string; cookie: string };
let procedureId: string;
let agencyId: string;

beforeAll(async () => {
  t = await createDossierTestApp(0);
  t.clock.set((await nextWorkingMorning(t.db)) + HOUR);
  citizen = await citizenSession(t.db, { identityNumber: "038090012345", fullName: "Trần Văn Ký" });
  agencyId = await agencyIdOf(t.db, "000.00.51.H56");
  procedureId = await procedureIdOf(t.db, "1.001612");
});
afterAll(() => t.close());

function upload(content: Buffer, name: string, contentType = "application/octet-stream") {
  return t.app.inject({
    method: "POST",
    url: `/api/citizen/files?name=${encodeURIComponent(name)}`,
    headers: { cookie: citizen.cookie, "content-type": contentType },
    payload: content,
  });
}

async function storedFiles(): Promise<number> {
  const row = await t.db
    .selectFrom("stored_file")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function refusedWith(
  content: Buffer,
  name: string,
  contentType: string | undefined,
  status: number,
  code: string,
) {
  const before = await storedFiles();
  const answer = await upload(content, name, contentType);
  expect(answer.statusCode, answer.body).toBe(status);
  expect(answer.headers["content-type"]).toContain("application/problem+json");
  expect(answer.json()).toMatchObject({ status, code });
  expect(await storedFiles()).toBe(before);
  return answer.json().detail as string;
}

describe("upload refusals (issue #14, REC-4): stable codes, Vietnamese messages, nothing stored", () => {
  it("REC-4: content not matching the declared Content-Type → 415 FILE_CONTENT_MISMATCH", async () => {
    const detail = await refusedWith(PNG, "anh.png", "application/pdf", 415, "FILE_CONTENT_MISMATCH");
    expect(detail).toContain("khai là PDF");
    expect(detail).toContain("ảnh PNG");
  });

  it("REC-4: content not matching the name's extension → 415 FILE_CONTENT_MISMATCH (octet-stream is not a declaration)", async () => {
    await refusedWith(SAMPLE_PDF, "chan-dung.jpg", undefined, 415, "FILE_CONTENT_MISMATCH");
    await refusedWith(PNG, "to-khai.PDF", "application/octet-stream", 415, "FILE_CONTENT_MISMATCH");
    // Matching declarations, or a name that declares nothing, pass.
    expect((await upload(PNG, "anh.png", "image/png")).statusCode).toBe(201);
    expect((await upload(SAMPLE_PDF, "giay-to")).statusCode).toBe(201);
  });

  it("REC-4: over 10 MB on the citizen route → 413 FILE_TOO_LARGE", async () => {
    const big = Buffer.alloc(MAX_FILE_BYTES + 1024, 0x20);
    SAMPLE_PDF.copy(big);
    const detail = await refusedWith(big, "lon.pdf", "application/pdf", 413, "FILE_TOO_LARGE");
    expect(detail).toContain("10 MB");
  });

  it("REC-4: a PDF without a parsable end (truncated, no %%EOF / startxref) → 422 FILE_PDF_MALFORMED", async () => {
    const { pdf } = await signedPdf();
    const detail = await refusedWith(
      pdf.subarray(0, pdf.length / 2),
      "cat-doi.pdf",
      "application/pdf",
      422,
      "FILE_PDF_MALFORMED",
    );
    expect(detail).toContain("PDF bị hỏng");
    await refusedWith(
      Buffer.from("%PDF-1.7\nnot really a pdf\n%%EOF\n"),
      "gia.pdf",
      undefined,
      422,
      "FILE_PDF_MALFORMED",
    );
  });
});

describe("PDF signatures checked at upload (REC-4)", () => {
  it("REC-4: a signed PDF is accepted and its signer shown in the answer and kept on the stored file", async () => {
    const { pdf, signerName } = await signedPdf();

    const answer = await upload(pdf, "don-da-ky.pdf", "application/pdf");

    expect(answer.statusCode, answer.body).toBe(201);
    const info = answer.json();
    expect(info.signature).toMatchObject({
      valid: true,
      coversWholeDocument: true,
      reason: null,
      signer: { commonName: signerName },
    });
    expect(info.signature.signer.issuer).toContain(TEST_ISSUER_NAME);
    const row = await t.db
      .selectFrom("stored_file")
      .select("signature")
      .where("id", "=", info.id)
      .executeTakeFirstOrThrow();
    expect(row.signature).toMatchObject({ valid: true, signer: { commonName: TEST_SIGNER_NAME } });
  });

  it("REC-4: the officers' upload route checks the same way", async () => {
    const { pdf } = await signedPdf();
    const officer = await signInAs(t.app, "tthcc.motcua");
    const answer = await t.app.inject({
      method: "POST",
      url: "/api/files?name=quyet-dinh.pdf",
      headers: { cookie: officer, "content-type": "application/pdf" },
      payload: pdf,
    });
    expect(answer.statusCode, answer.body).toBe(201);
    expect(answer.json().signature).toMatchObject({ valid: true });
    const mismatch = await t.app.inject({
      method: "POST",
      url: "/api/files?name=anh.jpg",
      headers: { cookie: officer, "content-type": "application/octet-stream" },
      payload: pdf,
    });
    expect(mismatch.json()).toMatchObject({ status: 415, code: "FILE_CONTENT_MISMATCH" });
  });

  it("REC-4: one byte altered inside the signed range after signing → flagged SIGNATURE_INVALID", async () => {
    const { pdf } = await signedPdf();
    const altered = Buffer.from(pdf);
    altered[altered.indexOf("Don de nghi")] = "X".charCodeAt(0);

    const answer = await upload(altered, "da-sua.pdf");

    expect(answer.statusCode).toBe(201);
    expect(answer.json().signature).toMatchObject({ valid: false, reason: "SIGNATURE_INVALID" });
  });

  it("REC-4: bytes appended after signing → flagged SIGNATURE_PARTIAL", async () => {
    const { pdf } = await signedPdf();
    const appended = Buffer.concat([
      pdf,
      Buffer.from("3 0 obj\n<< /Type /Page >>\nendobj\nstartxref\n0\n%%EOF\n"),
    ]);

    const answer = await upload(appended, "them-trang.pdf");

    expect(answer.statusCode).toBe(201);
    expect(answer.json().signature).toMatchObject({
      valid: false,
      coversWholeDocument: false,
      reason: "SIGNATURE_PARTIAL",
    });
  });

  it("REC-4: an unsigned PDF and an image have no signature (null)", async () => {
    expect((await upload(unsignedPdf(), "chua-ky.pdf")).json().signature).toBeNull();
    expect((await upload(PNG, "anh.png")).json().signature).toBeNull();
  });
});

describe("online submission of a procedure that requires a digital signature (REC-4)", () => {
  beforeAll(async () => {
    // The demo catalog has no such procedure: make 1.001612's published version require one
    // (as the database owner: published versions are otherwise immutable).
    const owner = t.database.ownerDb;
    await sql`SET session_replication_role = replica`.execute(owner);
    await sql`UPDATE procedure_version SET digital_signature_required = true WHERE procedure_id = ${procedureId}`.execute(
      owner,
    );
    await sql`SET session_replication_role = DEFAULT`.execute(owner);
  });

  const submit = (fileId: string, extra: Record<string, unknown> = {}) =>
    call(
      t.app,
      citizen.cookie,
      "POST",
      "/api/citizen/dossiers",
      {
        agencyId,
        procedureId,
        formData: HOUSEHOLD_BUSINESS,
        components: [{ index: 0, fileId }],
        resultDelivery: "post",
        ...extra,
      },
      { "idempotency-key": `sig-${fileId}` },
    );

  it("REC-4: an unsigned PDF → 422 SIGNATURE_REQUIRED in Vietnamese; no dossier", async () => {
    const fileId = (await upload(unsignedPdf(), "to-khai.pdf")).json().id;

    const refused = await submit(fileId);

    expect(refused.status, JSON.stringify(refused.body)).toBe(422);
    expect(refused.body).toMatchObject({ code: "SIGNATURE_REQUIRED" });
    expect(refused.body.detail).toContain("ký số");
    expect(refused.body.detail).toContain("PDF");
  });

  it("REC-4: a PDF whose signature is invalid or partial does not count; a `signed` flag from the browser is refused", async () => {
    const { pdf } = await signedPdf();
    const partial = Buffer.concat([pdf, Buffer.from("\n%%EOF\n")]);
    const partialId = (await upload(partial, "them.pdf")).json().id;
    expect((await submit(partialId)).body).toMatchObject({ code: "SIGNATURE_REQUIRED" });
    const unsignedId = (await upload(unsignedPdf(), "to-khai-2.pdf")).json().id;
    expect((await submit(unsignedId, { signed: true })).status).toBe(400);
  });

  it("REC-4: with a signed PDF the dossier is submitted and its event records who signed which file", async () => {
    const { pdf, signerName } = await signedPdf();
    const fileId = (await upload(pdf, "to-khai-da-ky.pdf")).json().id;

    const submitted = await submit(fileId);

    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
    const event = await t.db
      .selectFrom("dossier_event")
      .select("payload")
      .where("dossier_id", "=", submitted.body.id)
      .where("type", "=", "dossier_submitted_online")
      .executeTakeFirstOrThrow();
    expect(event.payload).toMatchObject({ signature: { fileId, commonName: signerName } });
    expect((event.payload as { signature: { issuer: string } }).signature.issuer).toContain(TEST_ISSUER_NAME);

    // The one-stop officer who accepts it sees who signed the component (and the citizen too).
    const oneStop = await signInAs(t.app, "hacthanh.motcua");
    const officerView = await call(t.app, oneStop, "GET", `/api/dossiers/${submitted.body.id}`);
    expect(officerView.status).toBe(200);
    const component = officerView.body.attachments.find(
      (a: { file: { id: string } | null }) => a.file?.id === fileId,
    );
    expect(component.file.signature).toMatchObject({ valid: true, signer: { commonName: signerName } });
    expect(submitted.body.attachments[0].file.signature.signer.commonName).toBe(signerName);
  });
});
