import { describe, expect, it } from "vitest";
import { assignLanes, type DiagramStep, layoutWorkflow, wrapText } from "./layout.ts";

const step = (key: string, next?: string[]): DiagramStep => ({
  key,
  name: `Bước ${key}`,
  duration: "Thời gian: 1 ngày làm việc",
  who: "Chuyên viên · Phòng Hộ tịch",
  path: `steps[${key}]`,
  ...(next ? { next } : {}),
});

describe("workflow diagram layout (PRC-1, PRC-4)", () => {
  it("stacks the steps in order with a straight arrow to the next one", () => {
    const layout = layoutWorkflow([step("a"), step("b"), step("c")], 600);
    expect(layout.boxes.map((b) => b.key)).toEqual(["a", "b", "c"]);
    expect(layout.edges.map((e) => `${e.from}->${e.to}:${e.routed}`)).toEqual(["a->b:false", "b->c:false"]);
    const [a, b] = layout.boxes;
    expect((b?.y ?? 0) > (a?.y ?? 0) + (a?.height ?? 0)).toBe(true);
    expect(a?.width).toBe(600);
  });

  it("routes branches and skips in lanes to the right, from successorsOf", () => {
    // a → b or d; b → c; c ends (no arrow to d); d last.
    const layout = layoutWorkflow([step("a", ["b", "d"]), step("b"), step("c", []), step("d")], 600);
    expect(layout.edges.map((e) => `${e.from}->${e.to}:${e.routed}`).sort()).toEqual([
      "a->b:false",
      "a->d:true",
      "b->c:false",
    ]);
    // Room for one lane is kept right of the boxes.
    expect(layout.boxes[0]?.width).toBeLessThan(600);
  });

  it("draws a transfer as a box holding the other agency's steps", () => {
    const transfer: DiagramStep = {
      ...step("t"),
      transfer: { agency: "UBND phường", steps: [step("t1"), step("t2")] },
    };
    const layout = layoutWorkflow([step("a"), transfer, step("z")], 400);
    const box = layout.boxes[1];
    expect(box?.kind).toBe("transfer");
    expect(box?.inner?.boxes.map((b) => b.key)).toEqual(["t1", "t2"]);
    const inner = box?.inner?.boxes[1];
    expect((inner?.y ?? 0) + (inner?.height ?? 0)).toBeLessThanOrEqual((box?.y ?? 0) + (box?.height ?? 0));
    expect(inner?.x).toBeGreaterThan(box?.x ?? 0);
  });

  it("wraps text to the width and shares lanes between arrows that do not overlap", () => {
    const lines = wrapText("Thẩm định hồ sơ, kiểm tra thực địa và dự thảo giấy phép xây dựng", 120, 14, true);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(" ")).toBe("Thẩm định hồ sơ, kiểm tra thực địa và dự thảo giấy phép xây dựng");
    expect(
      assignLanes([
        { from: 0, to: 2 },
        { from: 2, to: 4 },
        { from: 1, to: 3 },
      ]),
    ).toEqual([0, 0, 1]);
  });
});
