import type { Shape } from "../messages.ts";
import type { reception as vi } from "../vi/reception.ts";

export const reception: Shape<typeof vi> = {
  receptionArea: {
    title: "Dossier reception",
  },
};
