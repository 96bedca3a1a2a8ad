import { expect } from "vitest";
import { type DossierSummary, dossierInProcessing } from "./dossiers.ts";
import { officerCall, officerCookie } from "./officers.ts";

/** The notice of fees the specialist attaches to the pause (PAU-1: every pause has its proof). */
const NOTICE_PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n",
);

/** PAU-1(b): a dossier in processing at Sở Tư pháp, paused by its specialist for `fee` đồng. */
export async function dossierPausedForFees(
  baseUrl: string,
  applicantName: string,
  idNumber: string,
  fee: number,
): Promise<DossierSummary> {
  const dossier = await dossierInProcessing(baseUrl, applicantName, idNumber);
  const specialist = await officerCookie(baseUrl, "tuphap.chuyenvien");
  const upload = await fetch(`${baseUrl}/api/files?name=thong-bao-phi.pdf`, {
    method: "POST",
    headers: { cookie: specialist, "content-type": "application/pdf" },
    body: NOTICE_PDF,
  });
  expect(upload.status).toBe(201);
  const { id: proofFileId } = (await upload.json()) as { id: string };
  const paused = await officerCall<DossierSummary>(baseUrl, specialist, `/api/dossiers/${dossier.id}/pause`, {
    expectedVersion: dossier.version,
    reason: "fees",
    proofFileId,
    feeAmount: fee,
  });
  expect(paused.body.status, JSON.stringify(paused.body)).toBe("paused");
  return paused.body;
}
