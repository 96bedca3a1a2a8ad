import type { Shape } from "../messages.ts";
import type { dossierWork as vi } from "../vi/dossierWork.ts";

export const dossierWork: Shape<typeof vi> = {
  dossierWorkArea: {
    title: "Dossiers to handle",
  },
};
