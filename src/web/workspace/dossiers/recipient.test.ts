import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import type { DossierView } from "../../../contracts/dossiers.ts";
import { recipientText } from "./recipient.ts";

/** Echoes the key and its values, so that the test reads whom the text names. */
const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as TFunction;

const step = (index: number, name: string, role: string, next: number[], current = false) => ({
  index,
  name,
  agencyId: "a",
  unitId: `u${index}`,
  unitName: `Phòng ${index}`,
  role,
  roleLabel: role,
  duration: { amount: 1, unit: "working_days" as const },
  next,
  current,
});

const view = (status: string, steps: ReturnType<typeof step>[]) =>
  ({
    status,
    workflow: { id: "w", version: 1, steps },
    processingAgency: { id: "a", code: "A", name: "Sở Tư pháp" },
    receivingAgency: { id: "c", code: "C", name: "Trung tâm Phục vụ hành chính công" },
    applicant: { name: "Trần Thị Hoa" },
  }) as unknown as DossierView;

describe("confirmations say who receives the dossier next (PRC-2)", () => {
  it("PRC-2: a hand-over names the next step, its role and its unit", () => {
    const steps = [step(0, "Thẩm định", "specialist", [1], true), step(1, "Xem xét", "unit_head", [])];
    expect(recipientText(view("in_processing", steps), "hand_over", t)).toContain('"step":"Xem xét"');
    expect(recipientText(view("in_processing", steps), "hand_over", t)).toContain('"unit":"Phòng 1"');
  });

  it("PRC-2: from the one-stop, the first step; at the end, the leader, the one-stop, the applicant", () => {
    const steps = [step(0, "Thẩm định", "specialist", [])];
    expect(recipientText(view("received", steps), "hand_over", t)).toContain('"step":"Thẩm định"');
    expect(recipientText(view("in_processing", steps), "submit_for_approval", t)).toContain("Sở Tư pháp");
    expect(recipientText(view("approved", steps), "send_result", t)).toContain("Trung tâm Phục vụ");
    expect(recipientText(view("result_ready", steps), "return_result", t)).toContain("Trần Thị Hoa");
    expect(recipientText(view("in_processing", steps), "pause", t)).toBeNull();
  });
});
