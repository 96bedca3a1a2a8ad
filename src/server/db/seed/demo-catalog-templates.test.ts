import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import demoCatalog from "./demo-catalog.json" with { type: "json" };

/** The web's static files (Vite's `publicDir`), served at the site's root. */
const WEB_PUBLIC = fileURLToPath(new URL("../../../web/public", import.meta.url));

describe("the demo catalog's component templates", () => {
  it("CFG-1: links only to template files the site serves (no /templates/*.docx answering 404)", () => {
    const links = demoCatalog.procedures.flatMap((procedure) =>
      procedure.components.flatMap((component) =>
        component.template ? [(component.template as { url: string }).url] : [],
      ),
    );
    const missing = links.filter((url) => url.startsWith("/") && !existsSync(`${WEB_PUBLIC}${url}`));
    expect(missing).toEqual([]);
  });
});
