import { describe, expect, it } from "vitest";
import type { DossierComponent } from "../../../contracts/catalog.ts";
import { FormDefinition } from "../../../domain/forms/definition.ts";
import { BIRTH_FORM } from "../../../domain/forms/test-support.ts";
import { componentsOf, missingComponents, signedFile, stepsOf } from "./submission-steps.ts";

const component = (required: boolean, originals: number): DossierComponent => ({
  name: `Giấy ${originals}`,
  required,
  originals,
  certifiedCopies: 0,
  photocopies: 0,
  template: null,
});
const file = (id: string) => ({ id, mime: "application/pdf" as const, size: 10, sha256: "00", name: null });

describe("REC-4: the online submission in steps", () => {
  it("REC-4: applicant first, one page per visible section, then papers, delivery (REC-7) and the check", () => {
    const definition = FormDefinition.parse(BIRTH_FORM);
    const steps = stepsOf(definition, (i) => i !== 1);
    expect(steps.map((s) => s.kind)).toEqual([
      "applicant",
      ...definition.sections.slice(0, 1).map(() => "section"),
      ...definition.sections.slice(2).map(() => "section"),
      "components",
      "delivery",
      "review",
    ]);
    expect(steps.some((s) => s.kind === "section" && s.key === definition.sections[1]?.key)).toBe(false);
  });

  it("REC-4: a required component that asks for papers needs a file; an optional or only-shown one does not", () => {
    const components = [component(true, 1), component(false, 1), component(true, 0), component(true, 2)];
    expect(missingComponents(components, {})).toEqual([0, 3]);
    expect(missingComponents(components, { 0: [file("a")], 3: [] })).toEqual([3]);
  });

  it("REC-4: several files of one component are all sent, components in order", () => {
    expect(componentsOf({ 2: [file("c")], 0: [file("a"), file("b")] })).toEqual([
      { index: 0, fileId: "a" },
      { index: 0, fileId: "b" },
      { index: 2, fileId: "c" },
    ]);
  });

  it("REC-4: the signature is a file the server verified over the whole file, not a partial or invalid one", () => {
    const signer = {
      commonName: "NGUYỄN VĂN KÝ",
      serialNumber: null,
      issuer: "CN=CA",
      notBefore: "",
      notAfter: "",
    };
    const checked = (valid: boolean, whole: boolean) => ({
      valid,
      coversWholeDocument: whole,
      reason: valid ? null : whole ? ("SIGNATURE_INVALID" as const) : ("SIGNATURE_PARTIAL" as const),
      signer,
      signedAt: null,
    });
    const invalid = { ...file("x"), signature: checked(false, true) };
    const partial = { ...file("y"), signature: checked(false, false) };
    const good = { ...file("z"), signature: checked(true, true) };
    expect(signedFile({ 0: [file("a"), invalid], 1: [partial] })).toBeUndefined();
    expect(signedFile({ 0: [file("a"), invalid], 1: [partial, good] })?.id).toBe("z");
  });
});
