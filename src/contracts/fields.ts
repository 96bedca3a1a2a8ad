import { z } from "zod";

/**
 * Fields the dossier contracts share (dossiers.ts and the applicant's own commands,
 * citizen-dossier-actions.ts): free text trimmed and NFC-normalised at the boundary (house rule 5),
 * without NUL, and the version the caller saw.
 */

export const noNul = (value: string) => !value.includes("\u0000");

export const text = (max: number) =>
  z
    .string()
    .trim()
    .normalize("NFC")
    .min(1, "không được để trống")
    .max(max, `không quá ${max} ký tự`)
    .refine(noNul, "có ký tự không hợp lệ");

export const optionalText = (max: number) => text(max).nullable().optional();

export const ExpectedVersion = z
  .number("cần phiên bản hồ sơ đang xem (expectedVersion)")
  .int()
  .min(1)
  .meta({ description: "The dossier version the caller saw (optimistic concurrency)." });
