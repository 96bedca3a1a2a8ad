import { PublicDossierLookup } from "../../contracts/dossiers.ts";
import { apiJson } from "./client.ts";

/** CODE-3: where a dossier stands, by its code; public, personal data masked by the server. */
export const lookupApi = {
  byCode: (code: string, signal?: AbortSignal) =>
    apiJson(
      `/api/public/dossiers/${encodeURIComponent(code)}`,
      PublicDossierLookup,
      signal ? { signal } : {},
    ),
};
