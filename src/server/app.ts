import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import fastifyCookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import "../contracts/zod-locale.ts";
import type { Config } from "./config.ts";
import type { Db } from "./db/database.ts";
import { agencyIdInRequest, enforceAccess, officerAccess } from "./http/access.ts";
import { problem, sendProblem, toProblem } from "./http/problem.ts";
import { enforceRateLimits, type RateLimits } from "./http/rate-limit.ts";
import { securityHeaders } from "./http/security-headers.ts";
import { refuseUnstorableText } from "./http/storable-text.ts";
import { accountRoutes } from "./modules/accounts/routes.ts";
import { auditRequests } from "./modules/audit/audit-requests.ts";
import { auditRoutes } from "./modules/audit/routes.ts";
import { calendarRoutes } from "./modules/calendar/routes.ts";
import { catalogRoutes } from "./modules/catalog/routes.ts";
import { requireCitizen } from "./modules/citizen-identity/authenticate.ts";
import { type CitizenIdentityConfig, citizenIdentityRoutes } from "./modules/citizen-identity/routes.ts";
import { dataStoreRoutes } from "./modules/data-store/routes.ts";
import { deliveryRoutes } from "./modules/delivery/routes.ts";
import { documentRoutes } from "./modules/documents/routes.ts";
import type { Clock } from "./modules/dossiers/clock.ts";
import { dossierDocumentSource } from "./modules/dossiers/dossier-documents.ts";
import { dossierAgencyOf } from "./modules/dossiers/officer-seats.ts";
import { dossierRoutes } from "./modules/dossiers/routes.ts";
import { uploadQuotaOf } from "./modules/dossiers/store-file.ts";
import { eidSimulatorRoutes } from "./modules/eid-simulator/routes.ts";
import { formRoutes } from "./modules/forms/routes.ts";
import { healthRoutes } from "./modules/health/routes.ts";
import { identityRoutes } from "./modules/identity/routes.ts";
import { type PortalClientConfig, portalClientOf } from "./modules/national-portal/portal-client-of.ts";
import {
  mountPortalSimulator,
  type PortalSimulatorConfig,
  usesMountedSimulator,
} from "./modules/national-portal-simulator/mount.ts";
import { onlineDraftRoutes } from "./modules/online-drafts/routes.ts";
import { organizationRoutes } from "./modules/organization/routes.ts";
import { agencyAdminRoutes } from "./modules/organization/routes-admin.ts";
import {
  mountPaymentSimulator,
  type PaymentSimulatorConfig,
  usesPaymentSimulator,
} from "./modules/payment-platform-simulator/mount.ts";
import { citizenPaymentRoutes } from "./modules/payments/citizen-payments-routes.ts";
import {
  createPaymentPlatformClient,
  type PaymentClientConfig,
} from "./modules/payments/payment-platform-client.ts";
import { paymentRoutes } from "./modules/payments/routes.ts";
import { type PortalIntakeRoutesConfig, portalIntakeRoutes } from "./modules/portal-intake/routes.ts";
import { procedureSyncRoutes } from "./modules/procedure-sync/routes.ts";
import { reconciliationRoutes } from "./modules/reconciliation/routes.ts";
import { dashboardRoutes } from "./modules/reports/dashboard-routes.ts";
import { indicatorRoutes } from "./modules/reports/indicator-routes.ts";
import { lateExplanationRoutes } from "./modules/reports/late-explanations-routes.ts";
import { periodCloseRoutes } from "./modules/reports/period-close-routes.ts";
import { publicStatisticsRoutes } from "./modules/reports/public-statistics-routes.ts";
import { reportRoutes } from "./modules/reports/routes.ts";
import { statisticsRoutes } from "./modules/reports/statistics-routes.ts";
import { satisfactionRoutes } from "./modules/satisfaction/routes.ts";
import { workflowRoutes } from "./modules/workflows/routes.ts";

type AppConfig = Pick<
  Config,
  | "LOG_LEVEL"
  | "SESSION_TTL_HOURS"
  | "WEB_DIST_DIR"
  | "BODY_LIMIT_BYTES"
  | "SITE_PROVINCE_NAME"
  | "SITE_PROVINCE_NAME_EN"
  | "SITE_OPERATOR_NAME"
  | "SITE_HOTLINE"
  | "SITE_OFFICE_HOURS"
  | "SITE_OPERATOR_NAME_EN"
  | "SITE_OFFICE_HOURS_EN"
  | "TRUST_PROXY"
  | "UPLOAD_PENDING_MAX_FILES"
  | "UPLOAD_PENDING_MAX_MB"
  | "UPLOAD_ORPHAN_HOURS"
  | "RATE_LIMIT_LOOKUP"
  | "RATE_LIMIT_SIGN_IN"
  | "RATE_LIMIT_EID_START"
  | "RATE_LIMIT_UPLOAD"
  | "CITIZEN_PORTAL_ENABLED"
  | "CITIZEN_PORTAL_NATIONAL_LINK"
> &
  CitizenIdentityConfig &
  PortalSimulatorConfig &
  PortalClientConfig &
  PortalIntakeRoutesConfig &
  PaymentClientConfig &
  PaymentSimulatorConfig;

/** Builds the HTTP application. main.ts and the tests both use it. */
export async function buildApp(
  config: AppConfig,
  db: Db,
  logger?: FastifyBaseLogger,
  options: { clock?: Clock } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    ...(logger ? { loggerInstance: logger } : { logger: loggerOptions(config.LOG_LEVEL) }),
    bodyLimit: config.BODY_LIMIT_BYTES,
    // Behind a reverse proxy: the client's address and https come from its X-Forwarded-* headers.
    trustProxy: config.TRUST_PROXY,
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    },
  }).withTypeProvider<ZodTypeProvider>();

  // The API speaks JSON only: any other body type is answered 415.
  app.removeContentTypeParser("text/plain");
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });
  app.setErrorHandler((error, request, reply) => {
    const body = toProblem(error, request);
    if (body.status >= 500) request.log.error({ err: error }, "unexpected error");
    return sendProblem(reply, body);
  });

  await app.register(fastifyCookie);
  await securityHeaders(app, config.PUBLIC_URL);
  refuseUnstorableText(app);
  const limits = rateLimitsOf(config);
  enforceRateLimits(app, db, limits);
  enforceAccess(app, db, (request) => requireCitizen(db, request));
  auditRequests(app, db);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: "motcua API",
        description:
          "Hệ thống thông tin giải quyết thủ tục hành chính — API. Errors are RFC 9457 problem+json.",
        version: "0.1.0",
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });

  await app.register(healthRoutes, { db });
  await app.register(identityRoutes, {
    db,
    sessionTtlHours: config.SESSION_TTL_HOURS,
    signInLimit: limits.signIn,
    secureCookies: config.PUBLIC_URL.startsWith("https:"),
  });
  await app.register(organizationRoutes, { db, site: siteOf(config) });
  await app.register(calendarRoutes, { db });
  await app.register(catalogRoutes, { db });
  await app.register(formRoutes, { db });
  await app.register(workflowRoutes, { db });
  await app.register(dossierRoutes, {
    db,
    clock: options.clock,
    uploads: uploadQuotaOf(config),
    citizenPortalEnabled: config.CITIZEN_PORTAL_ENABLED,
  });
  await app.register(documentRoutes, {
    source: dossierDocumentSource(db, { lookupBaseUrl: config.PUBLIC_URL, clock: options.clock }),
    access: {
      forms: officerAccess("dossiers.read", dossierAgencyOf),
      citizenForms: { kind: "citizen" },
      trackingBook: officerAccess("dossiers.read", agencyIdInRequest),
      counterSlip: officerAccess("dossiers.one_stop", agencyIdInRequest),
    },
  });
  await app.register(accountRoutes, { db });
  await app.register(auditRoutes, { db });
  await app.register(deliveryRoutes, { db, clock: options.clock });
  // REC-10: the national portal pushes its submissions here; the office resolves the parked ones.
  if (config.NATIONAL_PORTAL_ENABLED)
    await app.register(portalIntakeRoutes, { db, config, clock: options.clock });
  // CFG-1, INT-1: look-ups on the national portal; null (their POSTs answer 409) when it is off.
  const portal = portalClientOf(config);
  await app.register(procedureSyncRoutes, { db, portal, clock: options.clock });
  await app.register(reconciliationRoutes, { db, portal, clock: options.clock });
  await app.register(reportRoutes, { db });
  await app.register(statisticsRoutes, { db });
  await app.register(indicatorRoutes, { db });
  await app.register(dashboardRoutes, { db, clock: options.clock });
  await app.register(periodCloseRoutes, { db, clock: options.clock });
  await app.register(lateExplanationRoutes, { db });
  await app.register(publicStatisticsRoutes, { db });
  await app.register(agencyAdminRoutes, { db });
  await app.register(citizenIdentityRoutes, { db, config });
  await app.register(onlineDraftRoutes, { db });
  await app.register(dataStoreRoutes, { db });
  // No national e-ID configured: the embedded simulator answers at PUBLIC_URL/eid.
  if (!config.EID_ISSUER_URL) await app.register(eidSimulatorRoutes, { db, publicUrl: config.PUBLIC_URL });
  // INT-1: no national portal configured: the simulator answers at PUBLIC_URL/sim/dvcqg.
  if (usesMountedSimulator(config)) await mountPortalSimulator(app, config);

  // PAY-1: online payment; no platform configured: the simulator answers at PUBLIC_URL/sim/thanh-toan.
  const payments = {
    db,
    client: createPaymentPlatformClient(config),
    publicUrl: config.PUBLIC_URL,
    clock: options.clock,
  };
  await app.register(paymentRoutes, payments);
  await app.register(citizenPaymentRoutes, { db });
  await app.register(satisfactionRoutes, { db, clock: options.clock });
  if (usesPaymentSimulator(config)) await mountPaymentSimulator(app, config);

  const webRoot = path.resolve(config.WEB_DIST_DIR);
  const serveWeb = config.WEB_DIST_DIR !== "" && existsSync(path.join(webRoot, "index.html"));
  if (serveWeb) await app.register(fastifyStatic, { root: webRoot, wildcard: false });

  app.setNotFoundHandler((request, reply) => {
    const isPage =
      request.method === "GET" &&
      !request.url.startsWith("/api/") &&
      request.headers.accept?.includes("text/html");
    if (serveWeb && isPage) return reply.type("text/html").sendFile("index.html");
    return sendProblem(
      reply,
      problem(404, "ROUTE_NOT_FOUND", `Không có địa chỉ ${request.method} ${request.url.split("?")[0]}.`, {
        instance: request.url.split("?")[0],
      }),
    );
  });

  return app;
}

/** Structured JSON logs (pino); secrets in headers and bodies are never written. */
export function loggerOptions(level: string) {
  return {
    level,
    redact: ["req.headers.cookie", "req.headers.authorization", 'res.headers["set-cookie"]', "*.password"],
  };
}

function rateLimitsOf(config: AppConfig): RateLimits {
  return {
    lookup: config.RATE_LIMIT_LOOKUP,
    signIn: config.RATE_LIMIT_SIGN_IN,
    eidStart: config.RATE_LIMIT_EID_START,
    upload: config.RATE_LIMIT_UPLOAD,
  };
}

function siteOf(config: AppConfig) {
  return {
    provinceName: config.SITE_PROVINCE_NAME,
    provinceNameEn: config.SITE_PROVINCE_NAME_EN,
    operatorName: config.SITE_OPERATOR_NAME,
    operatorNameEn: config.SITE_OPERATOR_NAME_EN,
    hotline: config.SITE_HOTLINE,
    officeHours: config.SITE_OFFICE_HOURS,
    officeHoursEn: config.SITE_OFFICE_HOURS_EN,
    citizenPortal: {
      enabled: config.CITIZEN_PORTAL_ENABLED,
      nationalProcedureLink: config.CITIZEN_PORTAL_NATIONAL_LINK,
    },
  };
}
