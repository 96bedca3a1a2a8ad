import { createHash, verify as verifySignature, X509Certificate } from "node:crypto";
import forge from "node-forge";
import type { PdfSignature, SignatureReason, SignatureSigner } from "../../../contracts/signatures.ts";

/**
 * REC-4 (issue #14): the digital signature of a PDF (ISO 32000 signature dictionary with a
 * detached CMS / PKCS#7 SignedData, `adbe.pkcs7.detached` or `ETSI.CAdES.detached`).
 *
 * For each signature dictionary (`/ByteRange [a b c d]` and `/Contents <hex>`): the byte range must
 * leave out exactly the `<hex>` of /Contents; it covers the whole document when a = 0 and c + d is
 * the file's length (otherwise bytes were added after signing: `SIGNATURE_PARTIAL`). The CMS
 * `messageDigest` signed attribute must equal the digest (its stated algorithm) of the covered
 * bytes, and the signature over the signed attributes must verify with the public key of the
 * signer's certificate (RSA PKCS#1 v1.5 or ECDSA); otherwise `SIGNATURE_INVALID`.
 *
 * NOT checked: the certificate's trust chain to the national root CA (no list of trusted CAs
 * here), its revocation (OCSP/CRL), and its validity period at signing time. The issuer and the
 * validity period are returned so people can judge them.
 */
export function verifyPdfSignature(pdf: Buffer): PdfSignature {
  const results = signatureRanges(pdf).map((range) => verifyOne(pdf, range));
  // The best one: valid over the whole file, then valid over part of it, then the first.
  return (
    results.find((r) => r.valid) ??
    results.find((r) => r.reason === "SIGNATURE_PARTIAL") ??
    results[0] ??
    failure("SIGNATURE_MISSING", false, null)
  );
}

/** Whether `verifyPdfSignature` found no signature at all (stored as null). */
export function isUnsigned(signature: PdfSignature): boolean {
  return signature.reason === "SIGNATURE_MISSING";
}

type ByteRange = readonly [number, number, number, number];

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;

function signatureRanges(pdf: Buffer): ByteRange[] {
  const text = pdf.toString("latin1");
  return [...text.matchAll(BYTE_RANGE)].map((m) => [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])]);
}

function verifyOne(pdf: Buffer, [a, b, c, d]: ByteRange): PdfSignature {
  // The gap b..c must be exactly the <hex> of /Contents.
  if (a !== 0 || b <= a || c <= b + 1 || c + d > pdf.length || pdf[b] !== 0x3c || pdf[c - 1] !== 0x3e) {
    return failure("SIGNATURE_INVALID", false, null);
  }
  const coversWholeDocument = c + d === pdf.length;
  const hex = pdf
    .subarray(b + 1, c - 1)
    .toString("latin1")
    .replace(/\s+/g, "");
  if (!/^[0-9a-fA-F]*$/.test(hex) || hex.length % 2 !== 0)
    return failure("SIGNATURE_INVALID", coversWholeDocument, null);
  const covered = Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]);
  let cms: SignerData;
  try {
    cms = parseSignedData(Buffer.from(hex, "hex"));
  } catch {
    return failure("SIGNATURE_UNSUPPORTED", coversWholeDocument, null);
  }
  const { hash, certificate, signedAttributes, messageDigest, signature, signedAt } = cms;
  const signer = certificate ? signerOf(certificate) : null;
  if (!hash || !certificate) return failure("SIGNATURE_UNSUPPORTED", coversWholeDocument, signer, signedAt);
  const digest = createHash(hash).update(covered).digest();
  let verified: boolean;
  try {
    verified = signedAttributes
      ? messageDigest !== null &&
        digest.equals(messageDigest) &&
        verifySignature(hash, signedAttributes, certificate.publicKey, signature)
      : verifySignature(hash, covered, certificate.publicKey, signature);
  } catch {
    verified = false;
  }
  if (!verified) return failure("SIGNATURE_INVALID", coversWholeDocument, signer, signedAt);
  if (!coversWholeDocument) return failure("SIGNATURE_PARTIAL", false, signer, signedAt);
  return { valid: true, coversWholeDocument: true, reason: null, signer, signedAt };
}

function failure(
  reason: SignatureReason,
  coversWholeDocument: boolean,
  signer: SignatureSigner | null,
  signedAt: string | null = null,
): PdfSignature {
  return { valid: false, coversWholeDocument, reason, signer, signedAt };
}

function signerOf(certificate: X509Certificate): SignatureSigner {
  const subject = nameParts(certificate.subject);
  return {
    commonName: subject.find((p) => p.startsWith("CN="))?.slice(3) ?? subject.join(", "),
    serialNumber: certificate.serialNumber || null,
    issuer: nameParts(certificate.issuer).join(", "),
    notBefore: new Date(certificate.validFrom).toISOString(),
    notAfter: new Date(certificate.validTo).toISOString(),
  };
}

function nameParts(name: string): string[] {
  return name.split("\n").filter((p) => p.length > 0);
}

// ----------------------------------------------------------------------------- CMS SignedData

interface SignerData {
  /** Node's name of the digest algorithm, null when not one known here. */
  hash: string | null;
  certificate: X509Certificate | null;
  /** DER of the signed attributes as signed (a SET), null when there are none. */
  signedAttributes: Buffer | null;
  messageDigest: Buffer | null;
  signature: Buffer;
  signedAt: string | null;
}

const OID = {
  signedData: "1.2.840.113549.1.7.2",
  messageDigest: "1.2.840.113549.1.9.4",
  signingTime: "1.2.840.113549.1.9.5",
  rsaPss: "1.2.840.113549.1.1.10",
};
const HASHES: Record<string, string> = {
  "1.3.14.3.2.26": "sha1",
  "2.16.840.1.101.3.4.2.1": "sha256",
  "2.16.840.1.101.3.4.2.2": "sha384",
  "2.16.840.1.101.3.4.2.3": "sha512",
};

const { asn1 } = forge;
type Node = forge.asn1.Asn1;

function children(node: Node | undefined): Node[] {
  if (!node || !Array.isArray(node.value)) throw new Error("not a constructed ASN.1 value");
  return node.value;
}

function bytes(node: Node | undefined): Buffer {
  if (!node || typeof node.value !== "string") throw new Error("not a primitive ASN.1 value");
  return Buffer.from(node.value, "binary");
}

function der(node: Node): Buffer {
  return Buffer.from(asn1.toDer(node).getBytes(), "binary");
}

const isContext = (node: Node | undefined, tag: number) =>
  node?.tagClass === asn1.Class.CONTEXT_SPECIFIC && node.type === tag;

/** The first signer of a DER ContentInfo holding SignedData (RFC 5652); throws when it is not one. */
function parseSignedData(content: Buffer): SignerData {
  // The hex of /Contents is padded with zeros after the DER: do not parse past it.
  const fromDer = asn1.fromDer as unknown as (bytes: forge.util.ByteStringBuffer, options: object) => Node;
  const contentInfo = fromDer(forge.util.createBuffer(content.toString("binary")), { parseAllBytes: false });
  const [type, wrapped] = children(contentInfo);
  if (asn1.derToOid(bytes(type).toString("binary")) !== OID.signedData) throw new Error("not SignedData");
  const signedData = children(children(wrapped)[0]);
  const signerInfos = children(signedData.at(-1));
  const certificates = isContext(signedData[3], 0) ? children(signedData[3]).map((c) => der(c)) : [];
  const info = children(signerInfos[0]);
  let i = 1;
  const sid = info[i++];
  const digestAlgorithm = info[i++];
  const attributes = isContext(info[i], 0) ? info[i++] : undefined;
  const signatureAlgorithm = info[i++];
  const signature = bytes(info[i++]);

  const hashOid = asn1.derToOid(bytes(children(digestAlgorithm)[0]).toString("binary"));
  const sigOid = asn1.derToOid(bytes(children(signatureAlgorithm)[0]).toString("binary"));
  const hash = sigOid === OID.rsaPss ? null : (HASHES[hashOid] ?? null);

  let messageDigest: Buffer | null = null;
  let signedAt: string | null = null;
  let signedAttributes: Buffer | null = null;
  if (attributes) {
    for (const attribute of children(attributes)) {
      const [oid, values] = children(attribute);
      const id = asn1.derToOid(bytes(oid).toString("binary"));
      const value = children(values)[0];
      if (id === OID.messageDigest) messageDigest = bytes(value);
      if (id === OID.signingTime && value) {
        const text = bytes(value).toString("binary");
        const when =
          value.type === asn1.Type.UTCTIME ? asn1.utcTimeToDate(text) : asn1.generalizedTimeToDate(text);
        signedAt = Number.isNaN(when.getTime()) ? null : when.toISOString();
      }
    }
    // What was signed is the attributes' DER with the universal SET tag, not the [0] of SignerInfo.
    signedAttributes = der(asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, children(attributes)));
  }
  return {
    hash,
    certificate: signerCertificate(certificates, sid),
    signedAttributes,
    messageDigest,
    signature,
    signedAt,
  };
}

/** The certificate named by the signer's issuer and serial number, else the first one. */
function signerCertificate(certificates: Buffer[], sid: Node | undefined): X509Certificate | null {
  const parsed = certificates.flatMap((c) => {
    try {
      return [new X509Certificate(c)];
    } catch {
      return [];
    }
  });
  let serial: string | null = null;
  try {
    serial = normalSerial(bytes(children(sid)[1]).toString("hex"));
  } catch {
    serial = null;
  }
  return parsed.find((c) => serial !== null && normalSerial(c.serialNumber) === serial) ?? parsed[0] ?? null;
}

function normalSerial(hex: string): string {
  return hex.toUpperCase().replace(/^(00)+/, "");
}
