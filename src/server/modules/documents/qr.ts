import QRCode from "qrcode";
import type { Doc } from "./layout.ts";

/**
 * CODE-3: every receipt carries a QR code that opens the public lookup of its dossier. The code
 * is drawn as vector squares (sharp at any print resolution), with the quiet zone the standard
 * asks for (4 modules).
 */

/** The public lookup page: `<base>/tra-cuu`. */
export function lookupPage(baseUrl: string): string {
  return `${baseUrl.trim().replace(/\/+$/, "")}/tra-cuu`;
}

/** The public lookup address of a dossier: `<base>/tra-cuu?ma=<code>`. */
export function lookupUrl(baseUrl: string, code: string): string {
  return `${lookupPage(baseUrl)}?ma=${encodeURIComponent(code)}`;
}

/** Error correction M (15 %): enough for a printed, possibly creased slip. */
export const QR_OPTIONS = { errorCorrectionLevel: "M" } as const;

const QUIET_ZONE = 4;

/** The QR symbol of `text`: its size in modules and whether each module is dark. */
export function qrMatrix(text: string): { size: number; dark: (row: number, column: number) => boolean } {
  const { modules } = QRCode.create(text, QR_OPTIONS);
  return { size: modules.size, dark: (row, column) => modules.get(row, column) === 1 };
}

/** Draws the QR code of `text` as a `side`-point square (quiet zone included) at (x, y). */
export function drawQr(doc: Doc, text: string, x: number, y: number, side: number): void {
  const matrix = qrMatrix(text);
  const cell = side / (matrix.size + 2 * QUIET_ZONE);
  const origin = { x: x + QUIET_ZONE * cell, y: y + QUIET_ZONE * cell };
  doc.save();
  doc.rect(x, y, side, side).fill("#ffffff");
  for (let row = 0; row < matrix.size; row += 1) {
    let column = 0;
    while (column < matrix.size) {
      if (!matrix.dark(row, column)) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < matrix.size && matrix.dark(row, column)) column += 1;
      // A hair of overlap so that adjacent squares print without seams.
      doc.rect(origin.x + start * cell, origin.y + row * cell, (column - start) * cell + 0.05, cell + 0.05);
    }
  }
  doc.fill("#000000");
  doc.restore();
}
