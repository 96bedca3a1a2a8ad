import { z } from "zod";

/**
 * REC-4 (issue #14): the digital signature of an uploaded PDF, as checked when it was uploaded
 * (src/server/modules/signatures/verify-pdf-signature.ts). `valid`: the CMS signature verifies
 * with the signer's certificate and its message digest matches the signed bytes, which cover the
 * whole file. The certificate's trust chain (to the national root CA) is NOT checked: the issuer
 * is shown so people can judge it.
 */
export const SIGNATURE_REASONS = [
  /** Not one signature dictionary (/ByteRange and /Contents) in the file. */
  "SIGNATURE_MISSING",
  /** The signature does not verify, or the digest of the signed bytes differs (altered file). */
  "SIGNATURE_INVALID",
  /** The signature verifies but covers only part of the file (bytes added after signing). */
  "SIGNATURE_PARTIAL",
  /** A signature in a form not checked here (not CMS/PKCS#7, an unknown algorithm). */
  "SIGNATURE_UNSUPPORTED",
] as const;
export const SignatureReason = z.enum(SIGNATURE_REASONS);
export type SignatureReason = z.infer<typeof SignatureReason>;

export const SignatureSigner = z.object({
  commonName: z.string(),
  serialNumber: z.string().nullable(),
  issuer: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
});
export type SignatureSigner = z.infer<typeof SignatureSigner>;

export const PdfSignature = z.object({
  valid: z.boolean(),
  coversWholeDocument: z.boolean(),
  /** Why it is not valid; null when valid. */
  reason: SignatureReason.nullable(),
  signer: SignatureSigner.nullable(),
  /** The signing time the signer stated (signed attribute), if any. */
  signedAt: z.string().nullable(),
});
export type PdfSignature = z.infer<typeof PdfSignature>;
