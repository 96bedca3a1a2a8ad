import { describe, expect, it } from "vitest";
import { signedPdf, TEST_ISSUER_NAME, TEST_SIGNER_NAME, unsignedPdf } from "./test-support.ts";
import { verifyPdfSignature } from "./verify-pdf-signature.ts";

/** The byte offset of `marker` in `pdf` (latin1). */
function offsetOf(pdf: Buffer, marker: string): number {
  const at = pdf.toString("latin1").indexOf(marker);
  if (at < 0) throw new Error(`${marker} not in the PDF`);
  return at;
}

describe("PDF digital signature verification (REC-4)", () => {
  it("REC-4: a PDF signed over the whole file verifies and names its signer and issuer", async () => {
    const { pdf, signerName } = await signedPdf();

    const result = verifyPdfSignature(pdf);

    expect(result).toMatchObject({ valid: true, coversWholeDocument: true, reason: null });
    expect(signerName).toBe(TEST_SIGNER_NAME);
    expect(result.signer?.commonName).toBe(TEST_SIGNER_NAME);
    expect(result.signer?.issuer).toContain(TEST_ISSUER_NAME);
    expect(result.signer?.serialNumber?.toUpperCase()).toContain("A1B2C3D");
    expect(Date.parse(result.signer?.notAfter ?? "")).toBeGreaterThan(Date.now());
    expect(Date.parse(result.signedAt ?? "")).toBeGreaterThan(Date.now() - 60_000);
  });

  it("REC-4: one byte altered inside the signed range after signing → SIGNATURE_INVALID", async () => {
    const { pdf } = await signedPdf();
    const altered = Buffer.from(pdf);
    const at = offsetOf(altered, "Don de nghi");
    altered[at] = "X".charCodeAt(0);

    expect(verifyPdfSignature(altered)).toMatchObject({ valid: false, reason: "SIGNATURE_INVALID" });
  });

  it("REC-4: a changed signature value → SIGNATURE_INVALID", async () => {
    const { pdf } = await signedPdf();
    const altered = Buffer.from(pdf);
    // The last byte of the CMS is in its signature value; the padding zeros come after it.
    const hexStart = offsetOf(altered, "/Contents <") + "/Contents <".length;
    const hex = altered
      .subarray(hexStart, altered.indexOf(">", hexStart))
      .toString("latin1")
      .replace(/(00)+$/, "");
    const last = hexStart + hex.length - 1;
    altered[last] = altered[last] === 0x31 ? 0x32 : 0x31;

    expect(verifyPdfSignature(altered)).toMatchObject({ valid: false, reason: "SIGNATURE_INVALID" });
  });

  it("REC-4: bytes appended after signing (the byte range no longer covers the whole file) → SIGNATURE_PARTIAL", async () => {
    const { pdf } = await signedPdf();
    const appended = Buffer.concat([
      pdf,
      Buffer.from("1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n", "latin1"),
    ]);

    const result = verifyPdfSignature(appended);

    expect(result).toMatchObject({ valid: false, coversWholeDocument: false, reason: "SIGNATURE_PARTIAL" });
    expect(result.signer?.commonName).toBe(TEST_SIGNER_NAME);
  });

  it("REC-4: a byte range that does not leave out exactly the /Contents → SIGNATURE_INVALID", async () => {
    const { pdf } = await signedPdf();
    const text = pdf.toString("latin1");
    const match = /\/ByteRange \[0 (\d+) (\d+) (\d+)\]/.exec(text);
    if (!match) throw new Error("no byte range");
    const shifted = `/ByteRange [0 ${String(Number(match[1]) - 5).padStart(10, "0")} ${match[2]} ${match[3]}]`;
    const moved = Buffer.from(text.replace(match[0], shifted), "latin1");

    expect(verifyPdfSignature(moved)).toMatchObject({ valid: false, reason: "SIGNATURE_INVALID" });
  });

  it("REC-4: an unsigned PDF → SIGNATURE_MISSING; garbage in /Contents → SIGNATURE_UNSUPPORTED", async () => {
    expect(verifyPdfSignature(unsignedPdf())).toMatchObject({
      valid: false,
      reason: "SIGNATURE_MISSING",
      signer: null,
    });
    const { pdf } = await signedPdf();
    const hexStart = offsetOf(pdf, "/Contents <") + "/Contents <".length;
    const garbage = Buffer.from(pdf);
    garbage.write("ffff0102", hexStart, "latin1");
    expect(verifyPdfSignature(garbage)).toMatchObject({ valid: false, reason: "SIGNATURE_UNSUPPORTED" });
  });
});
