import type { PublicProcedure } from "../../../contracts/catalog.ts";
import type { PublishedForm } from "../../../contracts/forms.ts";
import { catalogApi } from "../../api-client/catalog.ts";
import { ApiError } from "../../api-client/client.ts";
import { formsApi } from "../../api-client/forms.ts";
import { useFetched } from "../../lib/useFetched.ts";

export interface ReceptionProcedure {
  procedure: PublicProcedure;
  /** The published e-form, or null when the procedure has none. */
  form: PublishedForm | null;
}

/** The chosen procedure in full (agencies, components) and its published e-form, if any. */
export function useReceptionProcedure(procedureId: string | null) {
  return useFetched(procedureId ?? "", async (signal): Promise<ReceptionProcedure | null> => {
    if (!procedureId) return null;
    const [procedure, form] = await Promise.all([
      catalogApi.procedure(procedureId, signal),
      formsApi.published(procedureId, signal).catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }),
    ]);
    return { procedure, form };
  });
}
