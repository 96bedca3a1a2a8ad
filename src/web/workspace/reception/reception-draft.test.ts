import { describe, expect, it } from "vitest";
import type { DossierComponent } from "../../../contracts/catalog.ts";
import {
  type ComponentDraft,
  componentDrafts,
  emptyDraft,
  missingRequired,
  pageErrors,
  preselectedAgency,
  takesOriginalForComparison,
  toRequest,
} from "./reception-draft.ts";

const component = (name: string, required: boolean, originals = 1): DossierComponent => ({
  name,
  required,
  originals,
  certifiedCopies: 0,
  photocopies: 0,
  template: null,
});
const catalog = [component("Tờ khai", true), component("Giấy ủy quyền", false, 0), component("CCCD", true)];
const shown = component("Căn cước", true, 0);

describe("the reception draft", () => {
  it("sends only the components handed in, with their catalog index, and empty text as null", () => {
    const draft = { ...emptyDraft(), agencyId: "a", components: componentDrafts(catalog) };
    draft.applicant = { ...draft.applicant, name: "Nguyễn Văn An", phone: " 0912345678 " };
    const { body, componentIndexes } = toRequest(draft, "p", true);
    expect(body.components?.map((c) => c.index)).toEqual([0, 2]);
    expect(componentIndexes).toEqual([0, 2]);
    expect(body.applicant).toMatchObject({ name: "Nguyễn Văn An", phone: "0912345678", email: null });
    expect(body.formData).toBeNull();
    expect(body.outcome).toEqual({ kind: "complete" });
    draft.formData = { hoTen: "Nguyễn Văn An" };
    expect(toRequest(draft, "p", true).body.formData).toEqual({ hoTen: "Nguyễn Văn An" });
  });

  it("SEC-4 / REC-6: a late entry sends the real reception time as Vietnam time, with its reason", () => {
    const draft = emptyDraft();
    expect(toRequest(draft, "p", false).body.lateEntry).toBeNull();
    draft.lateEntry = { open: true, receivedAt: "2026-03-06T09:15", kind: "outage" };
    expect(toRequest(draft, "p", false).body.lateEntry).toEqual({
      receivedAt: "2026-03-06T09:15:00+07:00",
      kind: "outage",
    });
    draft.lateEntry = { open: true, receivedAt: "", kind: "off_site" };
    expect(toRequest(draft, "p", false).body.lateEntry).toEqual({ receivedAt: "", kind: "off_site" });
    draft.lateEntry = { open: false, receivedAt: "2026-03-06T09:15", kind: "outage" };
    expect(toRequest(draft, "p", false).body.lateEntry).toBeNull();
  });

  it("REC-2 b: an incomplete dossier lists every missing paper, one a line, and no e-form", () => {
    const draft = {
      ...emptyDraft(),
      outcome: "incomplete" as const,
      reason: "Thiếu giấy tờ",
      missingItems: "Tờ khai\n\n  CCCD  \n",
    };
    const { body } = toRequest(draft, "p", true);
    expect(body.outcome).toEqual({
      kind: "incomplete",
      reason: "Thiếu giấy tờ",
      missingItems: ["Tờ khai", "CCCD"],
    });
    expect(body.formData).toBeNull();
  });

  it("REC-2 a: guidance with the competent agency, left out when empty", () => {
    const draft = { ...emptyDraft(), outcome: "not_competent" as const, guidance: "Nộp tại UBND xã" };
    expect(toRequest(draft, "p", false).body.outcome).toEqual({
      kind: "not_competent",
      guidance: "Nộp tại UBND xã",
      competentAgency: null,
    });
  });

  it("names the required components not handed in", () => {
    const drafts = componentDrafts(catalog);
    drafts[2] = { originals: 0, certifiedCopies: 0, photocopies: 0, file: null, shownForComparison: false };
    expect(missingRequired(catalog, drafts)).toEqual(["CCCD"]);
  });

  it("REC-2: a paper only shown is listed once the officer has seen it, with no copies and the tick", () => {
    const draft = { ...emptyDraft(), components: componentDrafts([shown]) };
    expect(toRequest(draft, "p", false).body.components).toEqual([]);
    draft.components = [{ ...(draft.components[0] as ComponentDraft), shownForComparison: true }];
    expect(toRequest(draft, "p", false).body.components).toEqual([
      { index: 0, originals: 0, certifiedCopies: 0, photocopies: 0, fileId: null, shownForComparison: true },
    ]);
  });

  it("REC-2: the original shown for comparison beside a copy is sent with the copy", () => {
    const copy = { ...component("Giấy khai sinh", true, 0), certifiedCopies: 1 };
    expect([copy, shown].map(takesOriginalForComparison)).toEqual([true, true]);
    expect(takesOriginalForComparison(component("Tờ khai", true))).toBe(false);
    const draft = { ...emptyDraft(), components: componentDrafts([copy]) };
    draft.components = [{ ...(draft.components[0] as ComponentDraft), shownForComparison: true }];
    expect(toRequest(draft, "p", false).body.components).toEqual([
      { index: 0, originals: 0, certifiedCopies: 1, photocopies: 0, fileId: null, shownForComparison: true },
    ]);
  });

  it("REC-2: an optional component starts at zero copies and is not sent until the officer counts it", () => {
    const optional = component("Giấy ủy quyền", false, 1);
    const draft = { ...emptyDraft(), components: componentDrafts([component("Tờ khai", true), optional]) };
    expect(draft.components.map((c) => c.originals)).toEqual([1, 0]);
    expect(toRequest(draft, "p", false).body.components?.map((c) => c.index)).toEqual([0]);
  });

  it("REC-9: preselects the offering agency the officer's unit belongs to, else the only one offered", () => {
    const directory = [
      { id: "province", parentId: null },
      { id: "commune", parentId: "province" },
      { id: "commune-one-stop", parentId: "commune" },
      { id: "other-commune", parentId: "province" },
    ];
    const communes = [{ id: "other-commune" }, { id: "commune" }];
    expect(preselectedAgency(communes, "commune-one-stop", directory)).toBe("commune");
    expect(preselectedAgency(communes, "commune", directory)).toBe("commune");
    expect(preselectedAgency(communes, "province", directory)).toBeNull();
    expect(preselectedAgency([{ id: "other-commune" }], "province", directory)).toBe("other-commune");
  });

  it("renames the server's component paths to the catalog's positions", () => {
    expect(pageErrors({ "components.1.originals": "x", "applicant.name": "y" }, [0, 2])).toEqual({
      "components.2.originals": "x",
      "applicant.name": "y",
    });
  });
});
