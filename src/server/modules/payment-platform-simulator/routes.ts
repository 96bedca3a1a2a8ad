import type { FastifyPluginAsync, FastifyReply } from "fastify";
import { PLATFORM_PATHS, type SettlementLine } from "../../../contracts/payment-platform.ts";
import { dayNumberFromIso } from "../../../domain/calendar/dates.ts";
import { PUBLIC } from "../../http/access.ts";
import { messagePage, payPage } from "./pages.ts";
import {
  CALLBACK_FAULTS,
  type CallbackFault,
  type PaymentSimulatorCore,
  SimulatorRefusal,
} from "./payment-simulator.ts";

const FORM_BODY_LIMIT = 10_000;

/** CSV of the settlement file: the same columns as its JSON lines. */
function csvOf(lines: readonly SettlementLine[]): string {
  const columns = ["transactionRef", "orderRef", "dossierCode", "amount", "status", "paidAt"] as const;
  const quote = (value: string | number) => `"${String(value).replaceAll('"', '""')}"`;
  return [columns.join(","), ...lines.map((line) => columns.map((c) => quote(line[c])).join(","))].join("\n");
}

/**
 * PAY-1: the simulated payment platform over HTTP, a Fastify plugin mounted in motcua at
 * /sim/thanh-toan (mount.ts): the wire endpoints of contracts/payment-platform.ts (create,
 * status query, daily settlement file), the pay page with "Thanh toán" / "Hủy" that redirects back
 * to motcua, and `POST /api/loi` to choose the fault of the next callbacks. Outside /api, so
 * motcua's access rules, audit and rate limits leave it alone; it parses its own bodies.
 */
export const paymentSimulatorRoutes: FastifyPluginAsync<{ simulator: PaymentSimulatorCore }> = async (
  app,
  { simulator },
) => {
  const options = { config: { access: PUBLIC }, schema: { hide: true } };
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("application/json", { parseAs: "string" }, (_request, body, done) => {
    try {
      done(null, JSON.parse(body as string));
    } catch {
      done(null, null);
    }
  });
  app.addContentTypeParser(
    "application/x-www-form-urlencoded",
    { parseAs: "string", bodyLimit: FORM_BODY_LIMIT },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );
  app.setErrorHandler((error: Error, request, reply) => {
    if (error instanceof SimulatorRefusal)
      return reply.status(error.status).send({ code: error.code, message: error.message });
    request.log.error({ err: error }, "payment simulator error");
    return reply.status(500).send({ code: "INTERNAL", message: "Lỗi của bộ giả lập." });
  });

  app.post(PLATFORM_PATHS.create, options, async (request) => simulator.create(request.body));
  app.post(PLATFORM_PATHS.query, options, async (request) => simulator.query(request.body));
  app.get<{ Querystring: { ngay?: string; "dinh-dang"?: string } }>(
    PLATFORM_PATHS.settlement,
    options,
    async (request, reply) => {
      const day = request.query.ngay ?? "";
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day))
        throw new SimulatorRefusal(400, "INVALID", "Thiếu ngày (ngay=YYYY-MM-DD).");
      const lines = simulator.settlement(dayNumberFromIso(day));
      if (request.query["dinh-dang"] === "csv")
        return reply.type("text/csv; charset=utf-8").send(csvOf(lines));
      return reply
        .type("application/x-ndjson; charset=utf-8")
        .send(lines.map((line) => JSON.stringify(line)).join("\n"));
    },
  );
  app.post<{ Body: { mode?: string; delayMs?: number } }>("/api/loi", options, async (request) => {
    const mode = request.body?.mode as CallbackFault;
    if (!CALLBACK_FAULTS.includes(mode))
      throw new SimulatorRefusal(400, "INVALID", `mode: ${CALLBACK_FAULTS.join(", ")}`);
    simulator.fault = mode;
    if (typeof request.body.delayMs === "number") simulator.lateMs = request.body.delayMs;
    return { mode: simulator.fault, delayMs: simulator.lateMs };
  });

  const html = (reply: FastifyReply, status: number, body: string) =>
    reply.status(status).type("text/html; charset=utf-8").send(body);

  app.get<{ Params: { ref: string } }>("/thanh-toan/:ref", options, async (request, reply) => {
    const transaction = simulator.transactions().find((t) => t.transactionRef === request.params.ref);
    if (!transaction) return html(reply, 404, messagePage("Không tìm thấy", "Không có giao dịch này."));
    return html(reply, 200, payPage(transaction, simulator.fault));
  });
  app.post<{ Params: { ref: string }; Body: { action?: string; payerName?: string } }>(
    "/thanh-toan/:ref",
    options,
    async (request, reply) => {
      const action = request.body?.action === "pay" ? "pay" : "cancel";
      const transaction = await simulator.settle(request.params.ref, action, request.body?.payerName ?? "");
      const back = new URL(transaction.order.returnUrl);
      back.searchParams.set("giao-dich", transaction.transactionRef);
      return reply.redirect(back.toString(), 303);
    },
  );
};
