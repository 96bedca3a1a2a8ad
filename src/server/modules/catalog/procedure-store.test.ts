import { describe, expect, it } from "vitest";
import type { DossierComponent } from "../../../contracts/catalog.ts";
import { contentOfRow } from "./procedure-store.ts";

const component = (url: string): DossierComponent => ({
  name: "Tờ khai",
  required: true,
  originals: 1,
  certifiedCopies: 0,
  photocopies: 0,
  template: { fileName: "to-khai.docx", url },
});

describe("form templates stored before links were restricted", () => {
  it("a protocol-relative or backslashed link is not served (template null); safe links and the component stay", () => {
    const row = {
      components: [
        component("//evil.example/to-khai.docx"),
        component("/\\evil.example"),
        component("/templates/to-khai.docx"),
      ],
    } as unknown as Parameters<typeof contentOfRow>[0];
    expect(contentOfRow(row).components.map((c) => c.template?.url ?? null)).toEqual([
      null,
      null,
      "/templates/to-khai.docx",
    ]);
  });
});
