import i18next, { type TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import type { TimelineFact } from "../../../contracts/dossiers.ts";
import { EVENT_LABELS, type TimelineLabelKey } from "../../../domain/dossier/event-labels.ts";
import { en } from "../../i18n/en/index.ts";
import { vi } from "../../i18n/vi/index.ts";
import { actorText, copiesText, eventTitle, factsText, feesFacts } from "./timeline-text.ts";

async function translator(lng: "vi" | "en"): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { vi: { translation: vi }, en: { translation: en } },
    lng,
    fallbackLng: "vi",
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

/** Letters only Vietnamese uses (đ, ơ, ư, and the tone marks of ă, â, ê, ô…). */
const VIETNAMESE = /[đĐơƠưƯăĂâÂêÊôÔ]|[\u0300-\u0323]|[àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/u;

describe("the dossier page's words in the reader's language", () => {
  it("names every event of the timeline in English without a Vietnamese word", async () => {
    const t = await translator("en");
    for (const key of Object.keys(EVENT_LABELS) as TimelineLabelKey[]) {
      const title = eventTitle({ labelKey: key, label: EVENT_LABELS[key] }, t);
      expect(title, key).not.toMatch(VIETNAMESE);
      expect(title, key).not.toBe(`dossierPage.timeline.events.${key}`);
    }
  });

  it("words an event's detail, never a raw code such as 'fees'", async () => {
    const facts: TimelineFact[] = [{ kind: "pauseReason", reason: "fees" }];
    expect(factsText(facts, await translator("vi"))).toBe("Chờ nộp phí, lệ phí");
    expect(factsText(facts, await translator("en"))).toBe("Awaiting fees");
    const handOver: TimelineFact[] = [
      { kind: "toStep", step: "Thẩm định" },
      { kind: "text", text: "Đủ điều kiện" },
    ];
    expect(factsText(handOver, await translator("vi"))).toBe("Đến bước: Thẩm định — Đủ điều kiện");
    expect(factsText([{ kind: "amount", amount: 200_000 }], await translator("vi"))).toBe("200.000 đồng");
    expect(factsText([], await translator("vi"))).toBeNull();
  });

  it("names officers' roles in the reader's language", async () => {
    const actor = {
      kind: "officer" as const,
      id: "o",
      name: "Lê Văn Bình",
      role: "agency_leader",
      roleLabel: "Lãnh đạo cơ quan",
      agencyId: "a",
      agencyName: "Sở Tư pháp",
    };
    expect(actorText(actor, await translator("en"))).toBe("Lê Văn Bình (Agency leader) · Sở Tư pháp");
    expect(
      actorText(
        { ...actor, kind: "system", name: "Hệ thống", role: null, agencyName: null },
        await translator("en"),
      ),
    ).toBe("System");
  });

  it("counts copies with plural forms, leaving out kinds with none", async () => {
    const t = await translator("en");
    expect(copiesText({ originals: 1, certifiedCopies: 0, photocopies: 2 }, t)).toBe(
      "1 original, 2 photocopies",
    );
    expect(copiesText({ originals: 2, certifiedCopies: 1, photocopies: 0 }, t)).toBe(
      "2 originals, 1 certified copy",
    );
    expect(copiesText({ originals: 1, certifiedCopies: 0, photocopies: 0 }, await translator("vi"))).toBe(
      "1 bản chính",
    );
  });

  it("PAY-1: after a 200.000 đ fee notice, nothing paid reads 'Chưa nộp', not 'Không thu phí'", async () => {
    const t = await translator("vi");
    expect(feesFacts({ due: 200_000, paid: 0 }, t).map((row) => row.value)).toEqual([
      "200.000 đồng",
      "Chưa nộp",
    ]);
    expect(feesFacts({ due: 200_000, paid: 200_000 }, t).map((row) => row.value)).toEqual([
      "200.000 đồng",
      "200.000 đồng",
    ]);
    expect(feesFacts({ due: 0, paid: 0 }, t).map((row) => row.value)).toEqual(["Không thu phí"]);
  });
});
