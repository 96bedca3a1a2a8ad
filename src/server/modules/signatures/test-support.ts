import { generateKeyPairSync } from "node:crypto";
import forge from "node-forge";

/**
 * Test support (REC-4): PDFs digitally signed at test time with a self-signed certificate made
 * here (RSA 2048, SHA-256, detached CMS with signed attributes, like `adbe.pkcs7.detached`).
 * Reusable by browser tests: `const { pdf, signerName } = await signedPdf()`.
 */
export const TEST_SIGNER_NAME = "NGUYỄN VĂN KÝ";
export const TEST_ISSUER_NAME = "CA Thử Nghiệm Một Cửa";

interface TestSigner {
  key: forge.pki.rsa.PrivateKey;
  certificate: forge.pki.Certificate;
}

const signers = new Map<string, Promise<TestSigner>>();

function testSigner(commonName: string): Promise<TestSigner> {
  let signer = signers.get(commonName);
  if (!signer) {
    signer = Promise.resolve().then(() => makeSigner(commonName));
    signers.set(commonName, signer);
  }
  return signer;
}

function makeSigner(commonName: string): TestSigner {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: "pkcs1", format: "pem" }).toString());
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.publicKeyFromPem(
    publicKey.export({ type: "spki", format: "pem" }).toString(),
  );
  certificate.serialNumber = "0a1b2c3d";
  certificate.validity.notBefore = new Date(Date.now() - 24 * 3600_000);
  certificate.validity.notAfter = new Date(Date.now() + 365 * 24 * 3600_000);
  const utf8 = (shortName: string, value: string) => ({
    shortName,
    value,
    valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class,
  });
  certificate.setSubject([utf8("CN", commonName), { shortName: "C", value: "VN" }]);
  certificate.setIssuer([utf8("CN", TEST_ISSUER_NAME), { shortName: "C", value: "VN" }]);
  certificate.sign(key, forge.md.sha256.create());
  return { key, certificate };
}

const CONTENTS_BYTES = 8192;
const RANGE_PLACEHOLDER = "/ByteRange [0 0000000000 0000000000 0000000000]";

/**
 * A small PDF (one page, text `text`) signed by `signerName`: its signature dictionary's byte
 * range covers the whole file except the signature itself.
 */
export async function signedPdf(
  options: { signerName?: string; text?: string } = {},
): Promise<{ pdf: Buffer; signerName: string }> {
  const signerName = options.signerName ?? TEST_SIGNER_NAME;
  const { key, certificate } = await testSigner(signerName);
  const pdf = pdfWithPlaceholder(options.text ?? "Don de nghi (test REC-4)");
  const text = pdf.toString("latin1");
  const b = text.indexOf("/Contents <") + "/Contents ".length;
  const c = text.indexOf(">", b) + 1;
  const range = `/ByteRange [0 ${pad(b)} ${pad(c)} ${pad(pdf.length - c)}]`;
  pdf.write(range, text.indexOf(RANGE_PLACEHOLDER), "latin1");
  const covered = Buffer.concat([pdf.subarray(0, b), pdf.subarray(c)]);

  const p7 = forge.pkcs7.createSignedData();
  p7.content = forge.util.createBuffer(covered.toString("binary"));
  p7.addCertificate(certificate);
  p7.addSigner({
    key,
    certificate,
    digestAlgorithm: forge.pki.oids.sha256 as string,
    authenticatedAttributes: [
      { type: forge.pki.oids.contentType as string, value: forge.pki.oids.data as string },
      { type: forge.pki.oids.messageDigest as string },
      { type: forge.pki.oids.signingTime as string, value: new Date() as unknown as string },
    ],
  });
  p7.sign({ detached: true });
  const hex = Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), "binary").toString("hex");
  if (hex.length > CONTENTS_BYTES * 2) throw new Error("signature larger than its placeholder");
  pdf.write(hex.padEnd(CONTENTS_BYTES * 2, "0"), b + 1, "latin1");
  return { pdf, signerName };
}

/** An unsigned PDF of the same shape (no signature dictionary). */
export function unsignedPdf(text = "Don de nghi (chua ky)"): Buffer {
  return build([`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R >>`, stream(text)]);
}

function pad(n: number): string {
  return String(n).padStart(10, "0");
}

function stream(text: string): string {
  const body = `BT /F1 12 Tf 20 100 Td (${text}) Tj ET`;
  return `<< /Length ${body.length} >>\nstream\n${body}\nendstream`;
}

function pdfWithPlaceholder(text: string): Buffer {
  const signature =
    `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached ${RANGE_PLACEHOLDER} ` +
    `/Contents <${"0".repeat(CONTENTS_BYTES * 2)}> /M (D:20260301090000+07'00') >>`;
  return build([
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Annots [5 0 R] >>`,
    stream(text),
    `<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature1) /Rect [0 0 0 0] /V 6 0 R /P 3 0 R >>`,
    signature,
  ]);
}

/** Catalog (1), pages (2), then `objects` from 3 on, with a cross-reference table. */
function build(objects: string[]): Buffer {
  const all = [
    "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [] /SigFlags 3 >> >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    ...objects,
  ];
  let out = "%PDF-1.7\n";
  const offsets: number[] = [];
  all.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${all.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${all.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}
