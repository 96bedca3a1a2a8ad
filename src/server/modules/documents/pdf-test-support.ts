import jsQR from "jsqr";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { PDFDocumentProxy } from "pdfjs-dist/types/src/display/api";

/** Reading the rendered PDFs back in tests (not used by production code): pdf.js, as a viewer would. */

export interface ReadPdf {
  readonly pages: number;
  /** Each page's text, items joined, line ends kept. */
  readonly text: readonly string[];
  readonly title: string | null;
  readonly pdf: PDFDocumentProxy;
}

export async function readPdf(bytes: Buffer): Promise<ReadPdf> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 })
    .promise;
  const text: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    text.push(
      content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""),
    );
  }
  const { info } = (await pdf.getMetadata()) as { info: { Title?: string } };
  return { pages: pdf.numPages, text, title: info.Title ?? null, pdf };
}

/** All pages' text on one line (line breaks as spaces), for phrases that wrap. */
export function flat(read: ReadPdf): string {
  return read.text.join("\n").replace(/\s+/g, " ");
}

/** Rasterises a page (pdf.js and its Node canvas) and decodes the QR code printed on it. */
export async function decodeQrOnPage(read: ReadPdf, pageNumber = 1): Promise<string | null> {
  const page = await read.pdf.getPage(pageNumber);
  const viewport = page.getViewport({ scale: 3 });
  const width = Math.ceil(viewport.width);
  const height = Math.ceil(viewport.height);
  const factory = read.pdf.canvasFactory as {
    create(width: number, height: number): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D };
  };
  const { canvas, context } = factory.create(width, height);
  await page.render({ canvas, canvasContext: context, viewport }).promise;
  const image = context.getImageData(0, 0, width, height);
  return jsQR(image.data, width, height)?.data ?? null;
}

export interface PlacedText {
  readonly str: string;
  /** From the left edge of the page, in points. */
  readonly x: number;
  /** From the bottom edge of the page, in points. */
  readonly y: number;
}

/** The text items of a page with their positions (to check which column a value sits in). */
export async function placedText(read: ReadPdf, pageNumber = 1): Promise<PlacedText[]> {
  const page = await read.pdf.getPage(pageNumber);
  const content = await page.getTextContent();
  return content.items.flatMap((item) =>
    "str" in item && item.str.trim() !== ""
      ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number }]
      : [],
  );
}
