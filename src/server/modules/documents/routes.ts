import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  CitizenFormParams,
  type DossierFormName,
  DossierFormParams,
  TrackingBookQuery,
} from "../../../contracts/documents.ts";
import { CounterSupplementSlipRequest } from "../../../contracts/dossiers.ts";
import { Problem } from "../../../contracts/problem.ts";
import { dayNumberFromIso, instantAt } from "../../../domain/calendar/dates.ts";
import type { CounterSlip } from "../../../domain/dossier/reception-outcome.ts";
import type { ApplicantSnapshot, Dossier } from "../../../domain/dossier/state.ts";
import type { RouteAccess } from "../../http/access.ts";
import { AppError } from "../../http/problem.ts";
import { sendFile } from "../../http/send-file.ts";
import { type DossierFormContext, formFileName, renderDossierForm } from "./render-form.ts";
import {
  renderCounterSupplementRequest,
  type SupplementRequestContext,
} from "./render-supplement-request.ts";
import {
  renderTrackingBookPdf,
  renderTrackingBookXlsx,
  type TrackingBookContext,
} from "./render-tracking-book.ts";

/**
 * The forms over HTTP. Loading is not this module's business: the plugin is given a `source`
 * that reads the dossier (checking that the caller may see it) and builds the rendering context,
 * and the access rule of each route (declared here, enforced by http/access.ts).
 */

export type Audience = "officer" | "citizen";

export interface DocumentSource {
  /**
   * The dossier and the context of one of its forms. Throws an AppError 404 when the dossier does
   * not exist or is out of the caller's reach (a citizen reaches only their own dossiers).
   */
  dossierForm(
    request: FastifyRequest,
    dossierId: string,
    form: DossierFormName,
    audience: Audience,
  ): Promise<{ readonly dossier: Dossier; readonly context: DossierFormContext }>;
  /** The dossiers the agency received in [from, to) and the book's context (agency, place, names). */
  trackingBook(
    request: FastifyRequest,
    query: { readonly agencyId: string; readonly from: number; readonly to: number },
  ): Promise<{
    readonly dossiers: readonly Dossier[];
    readonly context: Omit<TrackingBookContext, "period" | "volume">;
  }>;
  /**
   * REC-2 (b) at the counter or by post: the Mẫu 02 of a dossier found incomplete, which creates
   * no dossier: the slip checked (the caller the agency's one-stop officer, the procedure offered
   * there) and the issuing agency's context.
   */
  counterSupplementRequest(
    request: FastifyRequest,
    body: CounterSupplementSlipRequest,
  ): Promise<{
    readonly slip: Extract<CounterSlip, { kind: "incomplete" }>;
    readonly filing: { readonly applicant: ApplicantSnapshot; readonly procedureName: string };
    readonly context: SupplementRequestContext;
  }>;
}

export interface DocumentRoutesOptions {
  readonly source: DocumentSource;
  readonly access: {
    /** Officers' Mẫu 01–05, e.g. `officerAccess("dossiers.read", dossierAgencyOf)`. */
    readonly forms: RouteAccess;
    /** A citizen's Mẫu 01–04 of their own dossier: `{ kind: "citizen" }`. */
    readonly citizenForms: RouteAccess;
    /** The tracking book, scoped by `agencyId` in the query (`officerAccess(…, agencyIdInRequest)`). */
    readonly trackingBook: RouteAccess;
    /** The counter's Mẫu 02, scoped by `agencyId` in the body (`officerAccess("dossiers.one_stop", agencyIdInRequest)`). */
    readonly counterSlip: RouteAccess;
  };
}

/** The longest period one request may print (a year of one agency's dossiers). */
const MAX_BOOK_DAYS = 366;

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

const PDF = "application/pdf";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const documentRoutes: FastifyPluginAsyncZod<DocumentRoutesOptions> = async (app, options) => {
  const { source, access } = options;

  const form = async (request: FastifyRequest, reply: FastifyReply, audience: Audience) => {
    const params = request.params as { dossierId: string; form: DossierFormName };
    const { dossier, context } = await source.dossierForm(request, params.dossierId, params.form, audience);
    const bytes = await renderDossierForm(params.form, dossier, context);
    return sendFile(reply, {
      content: bytes,
      type: PDF,
      name: formFileName(params.form, dossier.code),
      disposition: "inline",
    });
  };

  app.get(
    "/api/dossiers/:dossierId/forms/:form",
    {
      config: { access: access.forms },
      schema: {
        tags: ["documents"],
        summary: "A form of the dossier as PDF: Mẫu 01–05 of TT 01/2018/TT-VPCP (409 when it does not apply)",
        params: DossierFormParams,
        response: errors,
      },
    },
    (request, reply) => form(request, reply, "officer"),
  );

  app.get(
    "/api/citizen/dossiers/:dossierId/forms/:form",
    {
      config: { access: access.citizenForms },
      schema: {
        tags: ["citizen dossiers"],
        summary: "A form of the citizen's own dossier as PDF: Mẫu 01–04 (another's: 404)",
        params: CitizenFormParams,
        response: errors,
      },
    },
    (request, reply) => form(request, reply, "citizen"),
  );

  app.post(
    "/api/counter-slips/mau-02",
    {
      config: { access: access.counterSlip },
      schema: {
        tags: ["documents"],
        summary:
          "Mẫu 02 of a dossier found incomplete at the counter or by post (REC-2 b), as PDF: lists everything missing; no dossier is created",
        body: CounterSupplementSlipRequest,
        response: errors,
      },
    },
    async (request, reply) => {
      const { slip, filing, context } = await source.counterSupplementRequest(request, request.body);
      request.audit = {
        ...request.audit,
        objectType: "counter_slip",
        detail: {
          form: "mau-02",
          procedureId: request.body.procedureId,
          missingItems: slip.missingItems.length,
        },
      };
      const bytes = await renderCounterSupplementRequest(slip, filing, context);
      return sendFile(reply, {
        content: bytes,
        type: PDF,
        name: "mau-02-phieu-yeu-cau-bo-sung.pdf",
        disposition: "inline",
      });
    },
  );

  app.get(
    "/api/tracking-book",
    {
      config: { access: access.trackingBook },
      schema: {
        tags: ["documents"],
        summary: "The tracking book (Mẫu 06) of an agency for a period, as PDF or Excel",
        querystring: TrackingBookQuery,
        response: errors,
      },
    },
    async (request, reply) => {
      const query = request.query;
      const firstDay = dayNumberFromIso(query.from);
      const lastDay = dayNumberFromIso(query.to);
      if (lastDay - firstDay + 1 > MAX_BOOK_DAYS) {
        throw new AppError(
          422,
          "TRACKING_BOOK_PERIOD_TOO_LONG",
          `Mỗi lần in sổ theo dõi tối đa ${MAX_BOOK_DAYS} ngày.`,
        );
      }
      const period = { from: instantAt(firstDay, 0), to: instantAt(lastDay + 1, 0) };
      const { dossiers, context } = await source.trackingBook(request, {
        agencyId: query.agencyId,
        ...period,
      });
      const bookContext: TrackingBookContext = { ...context, period, volume: query.volume ?? null };
      const name = `mau-06-so-theo-doi-ho-so-${query.from}-${query.to}`;
      if (query.format === "xlsx") {
        return sendFile(reply, {
          content: await renderTrackingBookXlsx(dossiers, bookContext),
          type: XLSX,
          name: `${name}.xlsx`,
          disposition: "attachment",
        });
      }
      return sendFile(reply, {
        content: await renderTrackingBookPdf(dossiers, bookContext),
        type: PDF,
        name: `${name}.pdf`,
        disposition: "inline",
      });
    },
  );
};
