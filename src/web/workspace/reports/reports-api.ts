import {
  Ii06aDossierPage,
  type Ii06aQuery,
  type Ii06aReport,
  Ii06aReportAsServed,
  Qd766Report,
} from "../../../contracts/reports.ts";
import { apiJson } from "../../api-client/client.ts";
import { withQuery } from "../../api-client/query.ts";

export const REPORTS_PATH = "/can-bo/bao-cao";

/** Which Biểu II.06a: a period, rows by unit or by field, an agency's subtree or (null) the province. */
export interface Ii06aRequest {
  from: string;
  to: string;
  by: Ii06aQuery["by"];
  agencyId: string | null;
}

/** One figure of the table: a column of a row (its key), or of the totals row (null). */
export interface Ii06aFigureRef {
  column: Ii06aReport["columns"][number]["key"];
  row: string | null;
}

const params = ({ from, to, by, agencyId }: Ii06aRequest) => ({ from, to, by, agencyId });

/** Biểu II.06a (RPT-2) as the server counts it, and the dossiers behind each of its figures (RPT-7). */
export const reportsApi = {
  ii06a: (request: Ii06aRequest, signal: AbortSignal) =>
    apiJson(withQuery("/api/reports/ii06a", params(request)), Ii06aReportAsServed, { signal }),
  ii06aDossiers: (
    request: Ii06aRequest,
    figure: Ii06aFigureRef,
    page: { page: number; pageSize: number },
    signal: AbortSignal,
  ) =>
    apiJson(
      withQuery("/api/reports/ii06a/dossiers", { ...params(request), ...figure, ...page }),
      Ii06aDossierPage,
      { signal },
    ),
  /** The QĐ 766 indicators (RPT-5) of the same period and agency. */
  qd766: ({ from, to, agencyId }: Ii06aRequest, signal: AbortSignal) =>
    apiJson(withQuery("/api/reports/qd766", { from, to, agencyId }), Qd766Report, { signal }),
  /** The same report as a file: the printable PDF in the official layout, or the Excel workbook. */
  ii06aExportUrl: (request: Ii06aRequest, format: "pdf" | "xlsx") =>
    withQuery("/api/reports/ii06a/export", { ...params(request), format }),
};
