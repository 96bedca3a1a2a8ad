import type { Shape } from "../messages.ts";
import type { trackingBook as vi } from "../vi/trackingBook.ts";

export const trackingBook: Shape<typeof vi> = {
  trackingBook: {
    title: "Dossier tracking book (Form 06)",
    intro:
      "The book of the dossiers the agency received in a period (at most 366 days): read or print it as PDF, or download the Excel workbook.",
    homeSummary: "Print or download the tracking book of a period (PDF, Excel).",
    agency: "Receiving agency",
    from: "From",
    to: "To",
    volume: "Volume",
    volumeHint: "Empty: the year of reception",
    openPdf: "Read and print (PDF)",
    downloadXlsx: "Download the workbook (Excel)",
    periodMissing: "Please choose both the first and the last day.",
    periodOrder: "The first day must be on or before the last day.",
    periodTooLong: "At most 366 days at a time; please choose a shorter period.",
  },
};
