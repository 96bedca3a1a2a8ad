import type { Socket } from "node:net";
import type { FastifyPluginAsync, FastifyReply } from "fastify";
import type { NationalStatusCode } from "../../../domain/dossier/national-status.ts";
import { DEMO_EID_ACCOUNTS, fullNameOf } from "../../db/seed/demo-citizens.ts";
import { PUBLIC } from "../../http/access.ts";
import { IDEMPOTENCY_HEADER, PORTAL_CODES, type PortalResultDelivery } from "../national-portal/wire.ts";
import type { PortalFault } from "./faults.ts";
import { NATIONAL_AGENCIES } from "./national-catalog.ts";
import {
  type DossierRow,
  detailPage,
  errorPage,
  type FAULT_BUTTONS,
  faultPage,
  listPage,
  PAGE_HEADERS,
  STYLESHEET,
  type SubmitFormValues,
  submitPage,
} from "./pages.ts";
import type { PortalSimulatorCore } from "./portal-simulator.ts";
import { SubmissionRefused } from "./submit-on-portal.ts";

export interface PortalSimulatorRoutesOptions {
  readonly simulator: PortalSimulatorCore;
}

/** The wire endpoint, under the plugin's prefix: what NATIONAL_PORTAL_URL points at. */
export const WIRE_PATH = "/api";
/** A refusal started from the fault page ends by itself after this long (the page may be unreachable). */
const PAGE_REFUSAL_MS = 30_000;
const PAGE_SLOW_MS = 5_000;
const FORM_BODY_LIMIT = 100_000;

const PAGE_FAULTS: Record<(typeof FAULT_BUTTONS)[number][0], PortalFault | null> = {
  refuse: { kind: "refuse" },
  error500: { kind: "error500" },
  timeout: { kind: "timeout" },
  slow: { kind: "slow", delayMs: PAGE_SLOW_MS },
  "drop-before": { kind: "drop", afterEffect: false },
  "drop-after": { kind: "drop", afterEffect: true },
  none: null,
};

/**
 * INT-1, REC-10: the simulated portal over HTTP, as a Fastify plugin (its own server in
 * start-simulator.ts, or mounted in motcua at /sim/dvcqg by mount.ts): `POST /api` speaks wire.ts,
 * `GET /files/:id` serves submitted files, and the pages list dossiers, submit one, show one and
 * play faults. Bodies are kept as bytes and parsed here, so motcua's own hooks (the NUL check on
 * parsed bodies) leave the wire format to the simulator; the routes are outside /api, so motcua's
 * access rules, audit and rate limits do not apply to them.
 */
export const portalSimulatorRoutes: FastifyPluginAsync<PortalSimulatorRoutesOptions> = async (
  app,
  { simulator },
) => {
  const base = app.prefix;
  const options = { config: { access: PUBLIC }, schema: { hide: true } };
  const held = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  app.removeAllContentTypeParsers();
  app.addContentTypeParser("application/json", { parseAs: "buffer" }, (_request, body, done) =>
    done(null, body),
  );
  app.addContentTypeParser(
    "application/x-www-form-urlencoded",
    { parseAs: "string", bodyLimit: FORM_BODY_LIMIT },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );
  app.setErrorHandler((error: { statusCode?: number; message: string }, request, reply) => {
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: error }, "portal simulator error");
    if (request.routeOptions.url === `${base}${WIRE_PATH}`) {
      const code = status === 500 ? PORTAL_CODES.internal : PORTAL_CODES.invalid;
      return reply.status(status).send({ error_code: code, message: "Yêu cầu không xử lý được." });
    }
    return page(
      reply,
      status,
      errorPage(base, "Không xử lý được yêu cầu", "Yêu cầu không hợp lệ hoặc bộ giả lập gặp lỗi."),
    );
  });
  app.addHook("preClose", async () => {
    for (const socket of held) socket.destroy();
    for (const timer of timers) clearTimeout(timer);
  });

  app.post<{ Body: Buffer | undefined }>(WIRE_PATH, options, async (request, reply) => {
    const given = request.headers[IDEMPOTENCY_HEADER];
    const key = typeof given === "string" && given !== "" ? given.slice(0, 200) : null;
    simulator.countRequest(key);
    const fault = simulator.fault;
    const cut = () => {
      reply.hijack();
      request.raw.socket.destroy();
    };
    if (fault?.kind === "refuse") return cut();
    if (fault?.kind === "timeout") {
      const socket = request.raw.socket;
      held.add(socket);
      await new Promise((resolve) => socket.once("close", resolve));
      held.delete(socket);
      return reply.hijack();
    }
    if (fault?.kind === "error500") {
      return reply
        .status(500)
        .send({ error_code: PORTAL_CODES.internal, message: "Cổng DVCQG đang gặp sự cố (giả lập)." });
    }
    if (fault?.kind === "slow") await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault?.kind === "drop" && !fault.afterEffect) return cut();
    const answer = simulator.answer(request.body, key);
    if (fault?.kind === "drop") return cut();
    return reply.send(answer);
  });

  app.get<{ Params: { id: string } }>("/files/:id", options, async (request, reply) => {
    const file = simulator.file(request.params.id);
    if (!file) return page(reply, 404, errorPage(base, "Không có tệp", "Tệp này không có trên Cổng DVCQG."));
    return reply
      .header("content-type", file.mediaType)
      .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
      .header("cache-control", "no-store")
      .send(file.content);
  });

  app.get("/style.css", options, async (_request, reply) =>
    reply
      .header("content-type", "text/css; charset=utf-8")
      .header("cache-control", "no-cache")
      .send(STYLESHEET),
  );

  app.get<{ Querystring: { moi?: string } }>("/", options, async (request, reply) => {
    const submitted = typeof request.query.moi === "string" ? request.query.moi.slice(0, 100) : undefined;
    return page(reply, 200, listPage(base, dossierRows(simulator), catalogOf(simulator), submitted));
  });

  app.get("/nop", options, async (_request, reply) =>
    page(reply, 200, submitPage(base, simulator.catalog(), NATIONAL_AGENCIES, defaultFormValues(simulator))),
  );

  app.post<{ Body: Record<string, string> | undefined }>("/nop", options, async (request, reply) => {
    const values = formValuesOf(request.body ?? {});
    const problem = problemOf(values);
    const again = (message: string) =>
      page(reply, 400, submitPage(base, simulator.catalog(), NATIONAL_AGENCIES, values, message));
    if (problem) return again(problem);
    try {
      const dossier = simulator.submit({
        procedureCode: values.procedureCode,
        ...(values.agencyCode ? { agencyCode: values.agencyCode } : {}),
        applicant: { name: values.name, idNumber: values.idNumber, phone: values.phone, email: values.email },
        verifiedWithVneid: values.verified,
        resultDelivery: Number(values.resultDelivery) as PortalResultDelivery,
      });
      return reply.redirect(`${base}/?moi=${encodeURIComponent(dossier.MaHoSoQG)}`, 303);
    } catch (error) {
      if (error instanceof SubmissionRefused) return again(error.message);
      throw error;
    }
  });

  app.get<{ Params: { code: string } }>("/ho-so/:code", options, async (request, reply) => {
    const key = request.params.code;
    const dossiers = [...simulator.dossiers().values()];
    const dossier =
      dossiers.find((d) => d.record.MaHoSo === key) ?? dossiers.find((d) => d.record.MaHoSoQG === key);
    const nationalCode = dossier?.record.MaHoSoQG || key;
    const submission = simulator.submissions().find((s) => s.dossier.MaHoSoQG === nationalCode)?.dossier;
    const status = dossier || submission ? 200 : 404;
    return page(reply, status, detailPage(base, key, dossier, submission, catalogOf(simulator)));
  });

  app.get("/loi", options, async (_request, reply) => page(reply, 200, faultPage(base, simulator.fault)));

  app.post<{ Body: Record<string, string> | undefined }>("/loi", options, async (request, reply) => {
    const choice = String(request.body?.fault ?? "");
    if (!Object.hasOwn(PAGE_FAULTS, choice)) {
      return page(reply, 400, errorPage(base, "Không rõ sự cố", "Hãy chọn một sự cố trong danh sách."));
    }
    const fault = PAGE_FAULTS[choice as keyof typeof PAGE_FAULTS];
    await reply.redirect(`${base}/loi`, 303);
    // After the answer left: a refusal may close the listener this page came through.
    setImmediate(() => simulator.setFault(fault));
    if (fault?.kind === "refuse") {
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (simulator.fault === fault) simulator.setFault(null);
      }, PAGE_REFUSAL_MS);
      timers.add(timer);
    }
    return reply;
  });
};

function page(reply: FastifyReply, status: number, html: string) {
  return reply.status(status).headers(PAGE_HEADERS).send(html);
}

function catalogOf(simulator: PortalSimulatorCore) {
  return new Map(simulator.catalog().map((p) => [p.MaTTHC, p]));
}

/**
 * The list's lines, newest first: each dossier motcua synced (with the submission of the same
 * MaHoSoQG, whose status 1 starts its history), then each submission motcua has not synced yet.
 */
function dossierRows(simulator: PortalSimulatorCore): DossierRow[] {
  const submissions = new Map(simulator.submissions().map((s) => [s.dossier.MaHoSoQG, s]));
  const rows: DossierRow[] = [];
  for (const dossier of simulator.dossiers().values()) {
    const submission = submissions.get(dossier.record.MaHoSoQG);
    if (submission) submissions.delete(dossier.record.MaHoSoQG);
    const history: NationalStatusCode[] = submission ? [1] : [];
    for (const change of dossier.statusHistory) if (history.at(-1) !== change.code) history.push(change.code);
    rows.push({
      code: dossier.record.MaHoSo,
      nationalCode: dossier.record.MaHoSoQG,
      procedureCode: dossier.record.MaTTHC,
      status: dossier.record.TrangThaiHoSo,
      history,
      at: dossier.statusHistory.at(-1)?.at ?? 0,
    });
  }
  for (const submission of submissions.values()) {
    rows.push({
      code: "",
      nationalCode: submission.dossier.MaHoSoQG,
      procedureCode: submission.dossier.MaTTHC,
      status: 1,
      history: [1],
      at: submission.submittedAt,
    });
  }
  return rows.sort((a, b) => b.at - a.at);
}

function defaultFormValues(simulator: PortalSimulatorCore): SubmitFormValues {
  const account = DEMO_EID_ACCOUNTS[0];
  return {
    procedureCode: simulator.catalog()[0]?.MaTTHC ?? "",
    agencyCode: "",
    name: account ? fullNameOf(account) : "",
    idNumber: account?.identityNumber ?? "",
    phone: account?.phoneNumber.replace(/^\+84/, "0") ?? "",
    email: account?.email ?? "",
    verified: true,
    resultDelivery: "3",
  };
}

function formValuesOf(body: Record<string, string>): SubmitFormValues {
  const text = (name: string, max: number) =>
    String(body[name] ?? "")
      .trim()
      .slice(0, max);
  return {
    procedureCode: text("procedureCode", 50),
    agencyCode: text("agencyCode", 50),
    name: text("name", 100),
    idNumber: text("idNumber", 20),
    phone: text("phone", 20),
    email: text("email", 254),
    verified: body.verified === "1",
    resultDelivery: ["1", "2", "3"].includes(String(body.resultDelivery)) ? String(body.resultDelivery) : "3",
  };
}

function problemOf(values: SubmitFormValues): string | null {
  if (!values.name) return "Vui lòng nhập họ và tên người nộp.";
  if (!/^\d{12}$/.test(values.idNumber)) return "Số định danh cá nhân phải gồm đúng 12 chữ số.";
  return null;
}
