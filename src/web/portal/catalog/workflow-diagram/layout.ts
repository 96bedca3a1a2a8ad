import { successorsOf } from "../../../../domain/workflow/validate-workflow.ts";

/**
 * The layout of a workflow diagram, computed without the DOM (so that it is testable): steps as
 * boxes stacked top to bottom in their order, an arrow straight down to the next step, and the
 * arrows of branches and skips (`next` naming a later step) routed in lanes to the right. A
 * transfer to another agency (PRC-4) is a box holding its own steps, laid out the same way.
 */
export interface DiagramTask {
  key: string;
  name: string;
  /** "Thời gian: 2 ngày làm việc" (as shown). */
  duration: string;
  /** Role and responsible unit: "Chuyên viên · Phòng Hộ tịch". */
  who: string;
  /** Explicit successors as in the definition (undefined: the next step). */
  next?: readonly string[];
  /** Where problems of this step are reported: `steps[2]`, `steps[3].steps[1]`. */
  path: string;
}

export interface DiagramStep extends DiagramTask {
  /** Present for a transfer (liên thông): the agency and its steps. */
  transfer?: { agency: string; steps: DiagramTask[] };
}

export interface Box {
  key: string;
  path: string;
  x: number;
  y: number;
  width: number;
  height: number;
  kind: "task" | "transfer";
  nameLines: string[];
  duration: string;
  durationLines: string[];
  whoLines: string[];
  /** The steps of a transfer, positioned inside the box. */
  inner?: Layout;
}

interface Edge {
  from: string;
  to: string;
  /** SVG path data. */
  d: string;
  /** A skip or a branch (routed in a lane), rather than a straight arrow to the next step. */
  routed: boolean;
}

export interface Layout {
  width: number;
  height: number;
  boxes: Box[];
  edges: Edge[];
}

export const METRICS = {
  pad: 10,
  gap: 30,
  nameSize: 14,
  nameLine: 18,
  metaSize: 12.5,
  metaLine: 16,
  laneGap: 12,
  laneOffset: 16,
  transferPad: 12,
  /** Average glyph width as a share of the font size (system sans-serif, Vietnamese text). */
  charWidth: 0.56,
  boldCharWidth: 0.6,
} as const;

/** Words folded into lines of at most `width` pixels (estimated; SVG text does not wrap itself). */
export function wrapText(text: string, width: number, fontSize: number, bold = false): string[] {
  const perChar = fontSize * (bold ? METRICS.boldCharWidth : METRICS.charWidth);
  const max = Math.max(8, Math.floor(width / perChar));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= max) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
    while (line.length > max) {
      lines.push(line.slice(0, max));
      line = line.slice(max);
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [""];
}

/** Lanes for the routed arrows: two arrows share a lane only when their spans do not overlap. */
export function assignLanes(spans: readonly { from: number; to: number }[]): number[] {
  const order = spans
    .map((span, index) => ({ ...span, index }))
    .sort((a, b) => a.to - a.from - (b.to - b.from));
  const lanes: { from: number; to: number }[][] = [];
  const result: number[] = new Array(spans.length).fill(0);
  for (const span of order) {
    let lane = lanes.findIndex((taken) => taken.every((s) => span.to <= s.from || span.from >= s.to));
    if (lane === -1) {
      lane = lanes.length;
      lanes.push([]);
    }
    lanes[lane]?.push(span);
    result[span.index] = lane;
  }
  return result;
}

export function layoutWorkflow(steps: readonly DiagramStep[], width: number): Layout {
  return layoutList(steps, Math.max(220, width), 0, 0);
}

function layoutList(steps: readonly DiagramStep[], width: number, x0: number, y0: number): Layout {
  const { pad, gap, nameSize, nameLine, metaSize, metaLine, laneGap, laneOffset, transferPad } = METRICS;
  const successors = successorsOf(
    steps.map((s) => ({ key: s.key, ...(s.next ? { next: [...s.next] } : {}) })),
  );
  const indexOf = new Map(steps.map((s, i) => [s.key, i]));
  const links: { from: number; to: number }[] = [];
  steps.forEach((step, i) => {
    for (const key of successors.get(step.key) ?? []) {
      const j = indexOf.get(key);
      if (j !== undefined && j > i) links.push({ from: i, to: j });
    }
  });
  const routed = links.filter((l) => l.to !== l.from + 1);
  const lanes = assignLanes(routed);
  const laneCount = routed.length === 0 ? 0 : Math.max(...lanes) + 1;
  const boxWidth = width - (laneCount === 0 ? 0 : laneOffset + laneCount * laneGap);
  const textWidth = boxWidth - 2 * pad;

  const boxes: Box[] = [];
  let y = y0;
  for (const step of steps) {
    if (step.transfer) {
      const inset = textWidth - 2 * (transferPad - pad);
      const title = wrapText(step.name, inset, nameSize, true);
      const time = wrapText(step.duration, inset, metaSize, true);
      const agency = wrapText(step.who, inset, metaSize);
      const headerHeight = pad + title.length * nameLine + 4 + (time.length + agency.length) * metaLine + 8;
      const inner = layoutList(
        step.transfer.steps,
        boxWidth - 2 * transferPad,
        x0 + transferPad,
        y + headerHeight,
      );
      const height = headerHeight + inner.height + transferPad;
      boxes.push({
        key: step.key,
        path: step.path,
        x: x0,
        y,
        width: boxWidth,
        height,
        kind: "transfer",
        nameLines: title,
        duration: step.duration,
        durationLines: time,
        whoLines: agency,
        inner,
      });
      y += height + gap;
      continue;
    }
    const nameLines = wrapText(step.name, textWidth, nameSize, true);
    const durationLines = wrapText(step.duration, textWidth, metaSize, true);
    const whoLines = step.who ? wrapText(step.who, textWidth, metaSize) : [];
    const height =
      pad + nameLines.length * nameLine + 4 + (durationLines.length + whoLines.length) * metaLine + pad;
    boxes.push({
      key: step.key,
      path: step.path,
      x: x0,
      y,
      width: boxWidth,
      height,
      kind: "task",
      nameLines,
      duration: step.duration,
      durationLines,
      whoLines,
    });
    y += height + gap;
  }

  const edges: Edge[] = [];
  let routedIndex = 0;
  for (const link of links) {
    const a = boxes[link.from];
    const b = boxes[link.to];
    if (!a || !b) continue;
    const from = steps[link.from]?.key ?? "";
    const to = steps[link.to]?.key ?? "";
    if (link.to === link.from + 1) {
      const cx = x0 + boxWidth / 2;
      edges.push({ from, to, d: `M${cx},${a.y + a.height} L${cx},${b.y - 2}`, routed: false });
      continue;
    }
    const lane = lanes[routedIndex++] ?? 0;
    const laneX = x0 + boxWidth + laneOffset + lane * laneGap;
    const startY = a.y + Math.min(a.height - 8, 22 + lane * 6);
    const endY = b.y + Math.min(b.height - 8, 14 + lane * 6);
    const r = 6;
    edges.push({
      from,
      to,
      routed: true,
      d: [
        `M${x0 + boxWidth},${startY}`,
        `L${laneX - r},${startY}`,
        `Q${laneX},${startY} ${laneX},${startY + r}`,
        `L${laneX},${endY - r}`,
        `Q${laneX},${endY} ${laneX - r},${endY}`,
        `L${x0 + boxWidth + 2},${endY}`,
      ].join(" "),
    });
  }
  return { width, height: Math.max(0, y - y0 - gap), boxes, edges };
}
