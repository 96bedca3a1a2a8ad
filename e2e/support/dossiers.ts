import { expect } from "vitest";
import { officerCall, officerCookie } from "./officers.ts";

/** Cấp Phiếu lý lịch tư pháp (1.003198) at Sở Tư pháp: one-stop → specialist → head of unit → director. */
export const PROCEDURE_CODE = "1.003198";
export const AGENCY_CODE = "000.00.06.H56";

export interface DossierSummary {
  id: string;
  code: string;
  version: number;
  status: string;
  subDeadlines: { kind: string; due: string; overdue: boolean }[];
}

/**
 * A dossier received at Sở Tư pháp's counter and handed over to its specialist (in processing at
 * step 1), for an applicant with this personal ID number (a level-2 e-ID of it owns the dossier).
 */
export async function dossierInProcessing(
  baseUrl: string,
  applicantName: string,
  idNumber = "038090001122",
): Promise<DossierSummary> {
  const oneStop = await officerCookie(baseUrl, "tthcc.motcua");
  const procedure = await officerCall<{
    id: string;
    agencies: { id: string; code: string }[];
    components: { originals: number; certifiedCopies: number; photocopies: number }[];
  }>(baseUrl, oneStop, `/api/catalog/procedures/${PROCEDURE_CODE}`);
  const agency = procedure.body.agencies.find((candidate) => candidate.code === AGENCY_CODE);
  const received = await officerCall<{ dossier: DossierSummary }>(baseUrl, oneStop, "/api/dossiers", {
    agencyId: agency?.id,
    procedureId: procedure.body.id,
    channel: "counter",
    applicant: { kind: "individual", name: applicantName, idNumber, phone: "0912000111" },
    components: procedure.body.components.map(({ originals, certifiedCopies, photocopies }, index) => ({
      index,
      originals,
      certifiedCopies,
      photocopies,
    })),
    resultDelivery: "counter",
    outcome: { kind: "complete" },
  });
  expect(received.status, JSON.stringify(received.body)).toBe(201);
  const handedOver = await officerCall<DossierSummary>(
    baseUrl,
    oneStop,
    `/api/dossiers/${received.body.dossier.id}/hand-over`,
    { expectedVersion: received.body.dossier.version },
  );
  expect(handedOver.body.status).toBe("in_processing");
  return handedOver.body;
}

/** The same dossier on to the director: handed over by the specialist, submitted by the head of unit. */
export async function dossierAwaitingApproval(
  baseUrl: string,
  applicantName: string,
): Promise<DossierSummary> {
  const atSpecialist = await dossierInProcessing(baseUrl, applicantName);
  const specialist = await officerCookie(baseUrl, "tuphap.chuyenvien");
  const atHead = await officerCall<DossierSummary>(
    baseUrl,
    specialist,
    `/api/dossiers/${atSpecialist.id}/hand-over`,
    { expectedVersion: atSpecialist.version },
  );
  expect(atHead.status, JSON.stringify(atHead.body)).toBe(200);
  const head = await officerCookie(baseUrl, "tuphap.truongphong");
  const submitted = await officerCall<DossierSummary>(
    baseUrl,
    head,
    `/api/dossiers/${atSpecialist.id}/submit-for-approval`,
    { expectedVersion: atHead.body.version },
  );
  expect(submitted.body.status, JSON.stringify(submitted.body)).toBe("awaiting_approval");
  return submitted.body;
}
