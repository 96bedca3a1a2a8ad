import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { officer } from "../../../domain/dossier/actor.ts";
import { counterSlip } from "../../../domain/dossier/reception-outcome.ts";
import type { Dossier } from "../../../domain/dossier/state.ts";
import { PUBLIC } from "../../http/access.ts";
import { AppError, sendProblem, toProblem } from "../../http/problem.ts";
import { flat, readPdf } from "./pdf-test-support.ts";
import { type DocumentSource, documentRoutes } from "./routes.ts";
import { CONTEXT, RECEIPT_CONTEXT, receivedDossier, returnedDossier } from "./test-fixtures.ts";

const RECEIVED = "0b9f3c8e-6a6f-4c51-9d1e-6f1d5b2c7a01";
const RETURNED = "0b9f3c8e-6a6f-4c51-9d1e-6f1d5b2c7a02";
const AGENCY = "5a0f1d3e-1111-4c51-9d1e-6f1d5b2c7a00";

/** Routes wired to an in-memory source; access rules are the plugin's options (enforced by app.ts). */
describe("document routes", () => {
  let app: FastifyInstance;
  const calls: { form: string; audience: string }[] = [];

  beforeAll(async () => {
    const dossiers: Record<string, Dossier> = {
      [RECEIVED]: receivedDossier(),
      [RETURNED]: returnedDossier(),
    };
    const source: DocumentSource = {
      async dossierForm(_request, dossierId, form, audience) {
        calls.push({ form, audience });
        const dossier = dossiers[dossierId];
        if (!dossier) throw new AppError(404, "DOSSIER_NOT_FOUND", "Không tìm thấy hồ sơ.");
        return { dossier, context: RECEIPT_CONTEXT };
      },
      async trackingBook(_request, query) {
        expect(query.agencyId).toBe(AGENCY);
        return { dossiers: Object.values(dossiers), context: CONTEXT };
      },
      async counterSupplementRequest(_request, body) {
        const by = officer("officer-1", "one_stop_officer", body.agencyId);
        const slip = counterSlip({ kind: "incomplete", ...body }, by, body.agencyId, Date.now());
        return {
          slip,
          filing: { applicant: body.applicant, procedureName: "Cấp phiếu lý lịch tư pháp" },
          context: CONTEXT,
        };
      },
    };
    app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    app.setErrorHandler((error, request, reply) => sendProblem(reply, toProblem(error, request)));
    await app.register(documentRoutes, {
      source,
      access: { forms: PUBLIC, citizenForms: PUBLIC, trackingBook: PUBLIC, counterSlip: PUBLIC },
    });
    await app.ready();
  });
  afterAll(() => app.close());

  it("serves a dossier's form as an inline PDF named after the form and the code", async () => {
    const response = await app.inject({ method: "GET", url: `/api/dossiers/${RECEIVED}/forms/mau-01` });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect(response.headers["content-disposition"]).toBe(
      "inline; filename*=UTF-8''mau-01-giay-tiep-nhan-000.00.06.H56-260204-0017.pdf",
    );
    expect(response.headers["cache-control"]).toBe("private, no-store");
    expect((await readPdf(response.rawPayload)).pages).toBe(1);
  });

  it("answers 409 problem+json when the form does not apply to the dossier", async () => {
    const response = await app.inject({ method: "GET", url: `/api/dossiers/${RECEIVED}/forms/mau-04` });
    expect(response.statusCode).toBe(409);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.json()).toMatchObject({ code: "DOCUMENT_NOT_AVAILABLE" });
  });

  it("CODE-3: citizens get Mẫu 01–04 of their dossier through the source, never the internal Mẫu 05", async () => {
    const ok = await app.inject({ method: "GET", url: `/api/citizen/dossiers/${RETURNED}/forms/mau-01` });
    expect(ok.statusCode).toBe(200);
    expect(calls.at(-1)).toEqual({ form: "mau-01", audience: "citizen" });
    const internal = await app.inject({
      method: "GET",
      url: `/api/citizen/dossiers/${RETURNED}/forms/mau-05`,
    });
    expect(internal.statusCode).toBe(400);
    const unknown = await app.inject({
      method: "GET",
      url: "/api/citizen/dossiers/0b9f3c8e-6a6f-4c51-9d1e-6f1d5b2c7aff/forms/mau-01",
    });
    expect(unknown.statusCode).toBe(404);
  });

  it("serves the tracking book as PDF or as an Excel attachment", async () => {
    const query = `agencyId=${AGENCY}&from=2026-03-01&to=2026-03-31`;
    const pdf = await app.inject({ method: "GET", url: `/api/tracking-book?${query}` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    const xlsx = await app.inject({
      method: "GET",
      url: `/api/tracking-book?${query}&format=xlsx&volume=03`,
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers["content-type"]).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(xlsx.headers["content-disposition"]).toBe(
      "attachment; filename*=UTF-8''mau-06-so-theo-doi-ho-so-2026-03-01-2026-03-31.xlsx",
    );
    expect(xlsx.rawPayload.subarray(0, 2).toString("latin1")).toBe("PK");
  });

  it("REC-2 (b): renders the counter's Mẫu 02 from the posted slip, every missing item listed", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/counter-slips/mau-02",
      payload: {
        agencyId: AGENCY,
        procedureId: "5a0f1d3e-2222-4c51-9d1e-6f1d5b2c7a00",
        applicant: { kind: "individual", name: "Trần Thị Bình" },
        reason: "Thiếu giấy tờ bắt buộc.",
        missingItems: ["Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", "Bản chụp Căn cước"],
      },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    const text = flat(await readPdf(response.rawPayload));
    expect(text).toContain("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp");
    expect(text).toContain("Trần Thị Bình");
    const empty = await app.inject({
      method: "POST",
      url: "/api/counter-slips/mau-02",
      payload: {
        agencyId: AGENCY,
        procedureId: AGENCY,
        applicant: { kind: "individual", name: "B" },
        reason: "x",
        missingItems: [],
      },
    });
    expect(empty.statusCode).toBe(400);
  });

  it("refuses a period backwards (400) or longer than a year (422)", async () => {
    const backwards = await app.inject({
      method: "GET",
      url: `/api/tracking-book?agencyId=${AGENCY}&from=2026-03-31&to=2026-03-01`,
    });
    expect(backwards.statusCode).toBe(400);
    const long = await app.inject({
      method: "GET",
      url: `/api/tracking-book?agencyId=${AGENCY}&from=2025-01-01&to=2026-03-01`,
    });
    expect(long.statusCode).toBe(422);
    expect(long.json()).toMatchObject({ code: "TRACKING_BOOK_PERIOD_TOO_LONG" });
  });
});
