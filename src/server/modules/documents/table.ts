import type { FontName } from "./fonts.ts";
import { bottom, clean, type Doc, left } from "./layout.ts";

/**
 * Ruled tables of the forms: each row as tall as its tallest cell, a new page when a row does not
 * fit, the header repeated on every page. A column may belong to a group whose caption spans it
 * and its neighbours on a first header row (Mẫu 06: "Ngày, tháng, năm").
 */

export interface Column {
  readonly header: string;
  /** Share of the table's width (the shares are normalised). */
  readonly weight: number;
  readonly align?: "left" | "center" | "right";
  /** Consecutive columns with the same group share a spanning caption. */
  readonly group?: string;
}

export interface TableOptions {
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly string[])[];
  readonly size?: number;
  readonly font?: FontName;
  readonly headerFont?: FontName;
  /** A row of column numbers (1), (2), … under the header, as registers have. */
  readonly numbered?: boolean;
  /** Printed as one spanning row when there are no rows. */
  readonly empty?: string;
  readonly width?: number;
}

const PAD_X = 3;
const PAD_Y = 3;

interface Box {
  readonly x: number;
  readonly width: number;
}

function cellHeight(doc: Doc, text: string, width: number, font: FontName, size: number): number {
  doc.font(font).fontSize(size);
  return doc.heightOfString(text === "" ? " " : text, { width: width - 2 * PAD_X }) + 2 * PAD_Y;
}

function drawCell(
  doc: Doc,
  text: string,
  box: Box,
  y: number,
  height: number,
  style: { font: FontName; size: number; align: "left" | "center" | "right"; middle?: boolean },
): void {
  doc.lineWidth(0.5).rect(box.x, y, box.width, height).stroke();
  if (text === "") return;
  doc.font(style.font).fontSize(style.size);
  const width = box.width - 2 * PAD_X;
  const textHeight = doc.heightOfString(text, { width });
  const top = style.middle ? y + (height - textHeight) / 2 : y + PAD_Y;
  doc.text(text, box.x + PAD_X, top, { width, align: style.align });
}

/** Draws the table at the current position; leaves `doc.y` under it. */
export function drawTable(doc: Doc, options: TableOptions): void {
  const size = options.size ?? 10.5;
  const font = options.font ?? "regular";
  const headerFont = options.headerFont ?? "bold";
  const x0 = left(doc);
  const total = options.width ?? doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const weights = options.columns.reduce((sum, column) => sum + column.weight, 0);
  const boxes: Box[] = [];
  let cursor = x0;
  for (const column of options.columns) {
    const width = (total * column.weight) / weights;
    boxes.push({ x: cursor, width });
    cursor += width;
  }
  const headers = options.columns.map((column) => clean(column.header));
  const hasGroups = options.columns.some((column) => column.group);

  // Group captions: [first column, last column, caption].
  const groups: { from: number; to: number; caption: string }[] = [];
  options.columns.forEach((column, index) => {
    const last = groups[groups.length - 1];
    if (column.group && last && last.caption === column.group && last.to === index - 1) last.to = index;
    else if (column.group) groups.push({ from: index, to: index, caption: column.group });
  });
  const groupHeight = hasGroups
    ? Math.max(
        ...groups.map((group) =>
          cellHeight(
            doc,
            clean(group.caption),
            boxes.slice(group.from, group.to + 1).reduce((sum, box) => sum + box.width, 0),
            headerFont,
            size,
          ),
        ),
      )
    : 0;
  const subHeight = Math.max(
    ...headers.map((header, index) => cellHeight(doc, header, (boxes[index] as Box).width, headerFont, size)),
  );
  const numberHeight = options.numbered ? cellHeight(doc, "(1)", 30, "italic", size - 1) : 0;

  const drawHeader = () => {
    const top = doc.y;
    for (const group of groups) {
      const first = boxes[group.from] as Box;
      const width = boxes.slice(group.from, group.to + 1).reduce((sum, box) => sum + box.width, 0);
      drawCell(doc, clean(group.caption), { x: first.x, width }, top, groupHeight, {
        font: headerFont,
        size,
        align: "center",
        middle: true,
      });
    }
    options.columns.forEach((column, index) => {
      const box = boxes[index] as Box;
      const grouped = Boolean(column.group);
      drawCell(
        doc,
        headers[index] as string,
        box,
        grouped ? top + groupHeight : top,
        grouped ? subHeight : groupHeight + subHeight,
        { font: headerFont, size, align: "center", middle: true },
      );
    });
    let y = top + groupHeight + subHeight;
    if (options.numbered) {
      boxes.forEach((box, index) => {
        drawCell(doc, `(${index + 1})`, box, y, numberHeight, {
          font: "italic",
          size: size - 1,
          align: "center",
        });
      });
      y += numberHeight;
    }
    doc.y = y;
  };

  const headerHeight = groupHeight + subHeight + numberHeight;
  const firstRowHeight = options.rows[0]
    ? Math.max(
        ...options.rows[0].map((text, index) =>
          cellHeight(doc, clean(text), boxes[index]?.width ?? 0, font, size),
        ),
      )
    : 0;
  if (doc.y + headerHeight + firstRowHeight > bottom(doc)) doc.addPage();
  drawHeader();

  if (options.rows.length === 0 && options.empty) {
    const height = cellHeight(doc, options.empty, total, "italic", size);
    drawCell(doc, options.empty, { x: x0, width: total }, doc.y, height, {
      font: "italic",
      size,
      align: "center",
    });
    doc.y += height;
  }

  for (const row of options.rows) {
    const texts = options.columns.map((_, index) =>
      (row[index] ?? "")
        .split(/\r?\n/)
        .map((line) => clean(line))
        .join("\n"),
    );
    const height = Math.max(
      ...texts.map((text, index) => cellHeight(doc, text, (boxes[index] as Box).width, font, size)),
    );
    if (doc.y + height > bottom(doc)) {
      doc.addPage();
      drawHeader();
    }
    const top = doc.y;
    texts.forEach((text, index) => {
      drawCell(doc, text, boxes[index] as Box, top, height, {
        font,
        size,
        align: options.columns[index]?.align ?? "left",
      });
    });
    doc.y = top + height;
  }
  doc.x = x0;
  doc.font("regular");
  doc.moveDown(0.5);
}
