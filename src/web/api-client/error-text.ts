import type { TFunction } from "i18next";
import { ApiError } from "./client.ts";

/**
 * What to tell the user about a failed call: the server's Vietnamese `detail` when the server
 * explained itself (in every language: it is server text), otherwise a translated generic message.
 */
export function errorText(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.fromServer) return error.problem.detail;
    if (error.code === "NETWORK_ERROR") return t("errors.network");
  }
  return t("errors.unexpected");
}
