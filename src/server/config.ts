import { isIP } from "node:net";
import { z } from "zod";

/** The value of ALLOW_DEMO_IN_PRODUCTION that says the operator accepts the risk. */
const DEMO_IN_PRODUCTION = "i-understand-this-is-insecure";
/** The published default of NATIONAL_PORTAL_INTAKE_TOKEN: for development and the simulator only. */
const DEMO_INTAKE_TOKEN = "gia-lap-token-tiep-nhan-dvcqg";
/** The published default of PAYMENT_PLATFORM_SECRET: for development and the simulator only. */
const DEMO_PAYMENT_SECRET = "gia-lap-khoa-bi-mat-thanh-toan";

/**
 * Typed configuration from environment variables. A bad value stops start-up with a message that
 * names the variable (see `loadConfig`).
 */
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("0.0.0.0"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** PostgreSQL server to use. When absent, an embedded PostgreSQL is started with data in DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "phải là một địa chỉ postgres://…")
    .optional(),
  /** The schema owner's connection, for migrations; default DATABASE_URL. The app then connects as DATABASE_URL's role. */
  MIGRATION_DATABASE_URL: optional(
    z.string().regex(/^postgres(ql)?:\/\//, "phải là một địa chỉ postgres://…"),
  ),
  /** The only value that lets production run with a database role able to rewrite history or schema. */
  ALLOW_PRIVILEGED_DATABASE_ROLE: optional(
    z.literal("i-understand-this-is-insecure", "chỉ nhận giá trị i-understand-this-is-insecure"),
  ),
  DATA_DIR: z.string().min(1).default("./data"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Officer session lifetime, in hours. */
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  /**
   * Load the Vietnamese demo data on start (idempotent). It creates `admin` with the published
   * password: off by default and refused when NODE_ENV=production (see ALLOW_DEMO_IN_PRODUCTION).
   */
  SEED_DEMO_DATA: optional(z.enum(["true", "false"])),
  /** The only value that lets production start with demo data or the e-ID simulator. */
  ALLOW_DEMO_IN_PRODUCTION: optional(z.literal(DEMO_IN_PRODUCTION, `chỉ nhận giá trị ${DEMO_IN_PRODUCTION}`)),
  /** Serve the built web app from this folder (production); empty to serve only the API. */
  WEB_DIST_DIR: z.string().default("./dist/web"),
  /** Shown on every page of the portal. */
  SITE_PROVINCE_NAME: z.string().min(1).default("Tỉnh Thanh Hóa"),
  SITE_PROVINCE_NAME_EN: z.string().min(1).default("Thanh Hoa Province"),
  SITE_OPERATOR_NAME: z.string().min(1).default("Văn phòng UBND tỉnh Thanh Hóa"),
  SITE_OPERATOR_NAME_EN: z.string().min(1).default("Office of the Thanh Hoa Provincial People's Committee"),
  SITE_OFFICE_HOURS_EN: z.string().min(1).default("Monday – Friday, 07:30–11:30 and 13:00–17:00"),
  SITE_HOTLINE: z.string().min(1).default("0237 3721 888"),
  SITE_OFFICE_HOURS: z.string().min(1).default("Thứ Hai – Thứ Sáu, 07:30–11:30 và 13:00–17:00"),
  /** Largest accepted JSON body, in bytes. */
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1_048_576),
  /** Where browsers reach motcua, an origin without a path (base of the e-ID redirect URIs). Default http://localhost:PORT. */
  PUBLIC_URL: optional(
    z
      .url({ protocol: /^https?$/ })
      .refine((v) => !URL.canParse(v) || new URL(v).pathname === "/", "chỉ gồm giao thức, tên miền, cổng"),
  ),
  /**
   * Reverse proxies whose X-Forwarded-For/-Proto/-Host are believed (Fastify's trustProxy): `false`,
   * `true` (any), a hop count, or a comma-separated list of addresses, CIDR ranges or proxy-addr
   * names (loopback, linklocal, uniquelocal).
   */
  TRUST_PROXY: z
    .string()
    .default("false")
    .transform((v, ctx) => trustProxyOf(v, ctx)),
  /** OpenID provider of the national e-ID (VNeID). Unset: the embedded simulator at PUBLIC_URL/eid. */
  EID_ISSUER_URL: optional(z.url({ protocol: /^https?$/ })),
  EID_CLIENT_ID: optional(z.string().min(1)),
  EID_CLIENT_SECRET: optional(z.string().min(1)),
  /** Scopes asked of the e-ID provider, space-separated. */
  EID_SCOPES: z
    .string()
    .regex(/(^| )openid( |$)/, "phải có openid")
    .default("openid profile email phone address identity"),
  /** Citizen session lifetime, in hours. */
  CITIZEN_SESSION_TTL_HOURS: z.coerce.number().positive().max(720).default(8),
  /** How often the dossier jobs run (PAU-2 fee timeout, PRC-7 late warnings), in seconds; 0 = never. */
  JOBS_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  /**
   * SEC-2: signed checkpoints of the audit and dossier-event chains, appended to a file the
   * database cannot reach, with an Ed25519 key it does not hold (created with mode 0600 on first
   * start when missing). Unset paths: in DATA_DIR. Every AUDIT_CHECKPOINT_MINUTES; 0 = only on
   * demand (`npm run audit:verify -- --checkpoint`).
   */
  AUDIT_CHECKPOINT_FILE: optional(z.string().min(1)),
  AUDIT_CHECKPOINT_KEY_FILE: optional(z.string().min(1)),
  AUDIT_CHECKPOINT_MINUTES: z.coerce.number().int().min(0).max(1440).default(10),
  /**
   * Uploads not yet attached to a dossier, per account (officer or citizen): at most this many
   * files and this many MiB uploaded within UPLOAD_ORPHAN_HOURS; the next upload is refused (429).
   */
  UPLOAD_PENDING_MAX_FILES: z.coerce.number().int().min(1).max(10_000).default(30),
  UPLOAD_PENDING_MAX_MB: z.coerce.number().int().min(10).max(100_000).default(100),
  /** Uploads never attached to a dossier are deleted by the upkeep this many hours after upload. */
  UPLOAD_ORPHAN_HOURS: z.coerce.number().int().min(1).max(720).default(24),
  /** Idempotency-Key answers are kept this many hours, then purged by the upkeep. */
  IDEMPOTENCY_KEY_TTL_HOURS: z.coerce.number().int().min(1).max(720).default(24),
  /** How often the upkeep runs (orphan uploads, expired sessions, old idempotency keys), in seconds; 0 = never. */
  UPKEEP_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(3600),
  /**
   * Testing only: a JSON file `{"offsetMs": n}` whose offset is added to the dossier clock, so that
   * browser tests can move the server's time forward. Refused when NODE_ENV=production.
   */
  TEST_CLOCK_FILE: optional(z.string().min(1)),
  /**
   * SMTP server of applicants' e-mails: smtp://user:pass@host:587 (STARTTLS) or smtps://…:465.
   * Unset: the messages wait in the outbox until it is set.
   */
  SMTP_URL: optional(z.url({ protocol: /^smtps?$/ })),
  MAIL_FROM: z.string().min(3).default('"Bộ phận Một cửa" <motcua@localhost>'),
  /** Pause between rounds of the e-mail dispatcher when the outbox is empty, in seconds. */
  NOTIFY_INTERVAL_SECONDS: z.coerce.number().positive().max(3600).default(10),
  NOTIFY_BATCH: z.coerce.number().int().min(1).max(1000).default(50),
  /** Attempts before an e-mail is parked in the delivery outbox (an administrator retries or discards it). */
  NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(10),
  /**
   * Where the delivery outbox's workers run: `in-process` (in the app) or `off` (only in separate
   * `npm run worker` processes, to scale out). Several workers at once are safe.
   */
  DELIVERY_WORKER: z.enum(["in-process", "off"]).default("in-process"),
  /**
   * INT-1: the National Public Service Portal (DVCQG). `false`: no connection (nothing is queued
   * for it, no intake). Unset URL: the in-repo simulator, mounted at PUBLIC_URL/sim/dvcqg (refused
   * in production, like the e-ID simulator).
   */
  NATIONAL_PORTAL_ENABLED: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  NATIONAL_PORTAL_URL: optional(z.url({ protocol: /^https?$/ })),
  NATIONAL_PORTAL_USERNAME: z.string().min(1).default("motcua"),
  NATIONAL_PORTAL_PASSWORD: z.string().min(1).default("motcua-gia-lap"),
  /** The province's identifier sent with every call (madonvi). */
  NATIONAL_PORTAL_AGENCY_CODE: z.string().min(1).default("000.00.00.H56"),
  /** The bearer token the portal presents when it pushes submitted dossiers to motcua (REC-10). */
  NATIONAL_PORTAL_INTAKE_TOKEN: z.string().min(16).default(DEMO_INTAKE_TOKEN),
  /** How often motcua polls the portal for submitted dossiers, in seconds; 0 = only pushed. */
  NATIONAL_PORTAL_POLL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(0),
  /** Each call to the portal is abandoned after this many milliseconds. */
  NATIONAL_PORTAL_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(15_000),
  /** Attempts before a sync message is parked (an administrator retries or discards it). */
  NATIONAL_PORTAL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(12),
  /** Pause between rounds of the sync worker when its queue is empty, in seconds. */
  NATIONAL_PORTAL_INTERVAL_SECONDS: z.coerce.number().positive().max(3600).default(2),
  NATIONAL_PORTAL_BATCH: z.coerce.number().int().min(1).max(1000).default(50),
  /** How often the reconciliation with the portal runs, in minutes; 0 = only on demand. */
  NATIONAL_PORTAL_RECONCILE_MINUTES: z.coerce.number().int().min(0).max(10_080).default(1440),
  /**
   * PAY-1: the online payment platform (Nền tảng thanh toán trực tuyến). Unset URL: the in-repo
   * simulator, mounted at PUBLIC_URL/sim/thanh-toan (refused in production, like the portal's).
   */
  PAYMENT_PLATFORM_URL: optional(z.url({ protocol: /^https?$/ })),
  /** The shared secret of the HMAC-SHA256 signatures, both ways (docs/PAYMENTS.md). */
  PAYMENT_PLATFORM_SECRET: z.string().min(16).default(DEMO_PAYMENT_SECRET),
  /** motcua's merchant code at the platform. */
  PAYMENT_PLATFORM_MERCHANT: z.string().min(1).max(50).default("motcua"),
  /** Each call to the platform is abandoned after this many milliseconds. */
  PAYMENT_PLATFORM_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(15_000),
  /** A request without a callback this many minutes after it was made is settled by a status query. */
  PAYMENT_STATUS_QUERY_MINUTES: z.coerce.number().int().min(1).max(10_080).default(15),
  /** How often the status-query sweep runs, in seconds; 0 = never. */
  PAYMENT_SWEEP_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
  /**
   * The format of the national dossier code (TT 04/2025: MX1X2.Y1Y2Y3.Z1Z2-YYMMDD-AAXXXX), a regular
   * expression; submissions whose code does not match are parked.
   */
  NATIONAL_CODE_PATTERN: z
    .string()
    .default("^[A-Z][0-9]{2}\\.[0-9]{3}\\.[0-9]{2}-[0-9]{6}-[A-Z0-9]{2}[0-9]{4}$")
    .refine((v) => {
      try {
        new RegExp(v);
        return true;
      } catch {
        return false;
      }
    }, "không phải biểu thức chính quy hợp lệ (not a valid regular expression)")
    .transform((v) => new RegExp(v)),
  /**
   * Per-source limits (SEC-6), each `requests/seconds`, shared by every instance on the database:
   * public look-ups by code, officer sign-ins that did not succeed, e-ID sign-in starts, uploads.
   */
  RATE_LIMIT_LOOKUP: rateLimit("60/600"),
  RATE_LIMIT_SIGN_IN: rateLimit("20/900"),
  RATE_LIMIT_EID_START: rateLimit("60/600"),
  RATE_LIMIT_UPLOAD: rateLimit("120/600"),
  /**
   * REC-4: this deployment's own citizen portal takes online submissions. `false` (most online
   * dossiers arrive through the National Public Service Portal): "Nộp trực tuyến" leads to the
   * procedure on the national portal and `POST /api/citizen/dossiers` answers 409.
   */
  CITIZEN_PORTAL_ENABLED: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  /** Where a procedure is on the national portal when the own portal is off; `{code}` is its national code. */
  CITIZEN_PORTAL_NATIONAL_LINK: z
    .url({ protocol: /^https?$/ })
    .refine((v) => v.includes("{code}"), "phải chứa {code} (must contain {code})")
    .default("https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={code}"),
});

/** Variables whose values may hold credentials: never echoed in an error. */
const SECRET_VARIABLES = new Set([
  "DATABASE_URL",
  "MIGRATION_DATABASE_URL",
  "SMTP_URL",
  "EID_CLIENT_SECRET",
  "NATIONAL_PORTAL_PASSWORD",
  "NATIONAL_PORTAL_INTAKE_TOKEN",
  "PAYMENT_PLATFORM_SECRET",
]);

/** `requests/seconds`, e.g. `30/600`: at most 30 requests per source in each 10 minutes. */
function rateLimit(fallback: string) {
  return z
    .string()
    .regex(/^[1-9]\d{0,5}\/[1-9]\d{0,5}$/, "dạng số-yêu-cầu/số-giây, ví dụ 30/600")
    .default(fallback)
    .transform((v) => {
      const [max, windowSeconds] = v.split("/").map(Number) as [number, number];
      return { max, windowSeconds };
    });
}

const PROXY_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);

/** Fastify's trustProxy: all, none, the nearest `hops` proxies, or the listed addresses. */
function trustProxyOf(
  value: string,
  ctx: z.RefinementCtx,
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (value === "true" || value === "false") return value === "true";
  if (/^\d{1,2}$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  const entries = value.split(",").map((entry) => entry.trim());
  const valid = (entry: string) => {
    const [address = "", prefix] = entry.split("/");
    return (
      (PROXY_NAMES.has(entry) || isIP(address) !== 0) && (prefix === undefined || /^\d{1,3}$/.test(prefix))
    );
  };
  if (entries.every(valid)) return entries;
  ctx.addIssue({
    code: "custom",
    message: "true, false, số proxy (hop count) hoặc danh sách địa chỉ/CIDR cách nhau bởi dấu phẩy",
  });
  return z.NEVER;
}

/** An optional variable; set but empty counts as unset. */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (v === "" ? undefined : v), schema.optional());
}

/** Rules across variables, and the defaults that depend on others. */
const ConfigSchema = EnvSchema.superRefine((env, ctx) => {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (env.EID_ISSUER_URL && !env.EID_CLIENT_ID) issue("EID_CLIENT_ID", "bắt buộc khi có EID_ISSUER_URL");
  if (env.MIGRATION_DATABASE_URL && !env.DATABASE_URL)
    issue("MIGRATION_DATABASE_URL", "chỉ dùng cùng DATABASE_URL (only with DATABASE_URL)");
  if (env.EID_ISSUER_URL && !env.EID_CLIENT_SECRET)
    issue("EID_CLIENT_SECRET", "bắt buộc khi có EID_ISSUER_URL");
  if (env.TEST_CLOCK_FILE && env.NODE_ENV === "production")
    issue(
      "TEST_CLOCK_FILE",
      "chỉ dùng để kiểm thử, không được đặt khi NODE_ENV=production (testing only: unset it in production)",
    );
  if (env.NODE_ENV === "production") productionRules(env, issue);
}).transform((env) => ({
  ...env,
  SEED_DEMO_DATA: (env.SEED_DEMO_DATA ?? (env.NODE_ENV === "production" ? "false" : "true")) === "true",
  PUBLIC_URL: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ""),
}));

/**
 * Safe production defaults: no demo accounts with the published password, no e-ID simulator
 * (anyone could sign in as any citizen) unless ALLOW_DEMO_IN_PRODUCTION says so, and https only.
 */
function productionRules(
  env: z.infer<typeof EnvSchema>,
  issue: (path: string, message: string) => void,
): void {
  const forced = env.ALLOW_DEMO_IN_PRODUCTION === DEMO_IN_PRODUCTION;
  const unlessForced = `; chỉ được bỏ qua với ALLOW_DEMO_IN_PRODUCTION=${DEMO_IN_PRODUCTION}`;
  if (env.SEED_DEMO_DATA === "true" && !forced)
    issue(
      "SEED_DEMO_DATA",
      `dữ liệu mẫu tạo tài khoản admin với mật khẩu công khai, không được bật khi NODE_ENV=production (demo data creates admin with the published password)${unlessForced}`,
    );
  if (!env.EID_ISSUER_URL && !forced)
    issue(
      "EID_ISSUER_URL",
      `bắt buộc khi NODE_ENV=production: thiếu nó, bộ giả lập VNeID cho phép bất kỳ ai đăng nhập thay người dân (without it the e-ID simulator lets anyone sign in as any citizen)${unlessForced}`,
    );
  if (env.NATIONAL_PORTAL_ENABLED && !env.NATIONAL_PORTAL_URL && !forced)
    issue(
      "NATIONAL_PORTAL_URL",
      `bắt buộc khi NODE_ENV=production và NATIONAL_PORTAL_ENABLED=true: thiếu nó, hồ sơ được đồng bộ với bộ giả lập (without it dossiers sync to the simulator); đặt NATIONAL_PORTAL_ENABLED=false nếu không kết nối${unlessForced}`,
    );
  if (env.NATIONAL_PORTAL_ENABLED && env.NATIONAL_PORTAL_INTAKE_TOKEN === DEMO_INTAKE_TOKEN && !forced)
    issue(
      "NATIONAL_PORTAL_INTAKE_TOKEN",
      `phải đặt giá trị riêng khi NODE_ENV=production: giá trị mặc định được công bố (the default is published)${unlessForced}`,
    );
  if (!env.PAYMENT_PLATFORM_URL && !forced)
    issue(
      "PAYMENT_PLATFORM_URL",
      `bắt buộc khi NODE_ENV=production: thiếu nó, tiền phí được "thanh toán" trên bộ giả lập (without it fees are paid on the simulator)${unlessForced}`,
    );
  if (env.PAYMENT_PLATFORM_SECRET === DEMO_PAYMENT_SECRET && !forced)
    issue(
      "PAYMENT_PLATFORM_SECRET",
      `phải đặt giá trị riêng khi NODE_ENV=production: giá trị mặc định được công bố (the default is published)${unlessForced}`,
    );
  if (!env.PUBLIC_URL?.startsWith("https://"))
    issue(
      "PUBLIC_URL",
      "bắt buộc và phải là https://… khi NODE_ENV=production (required, https only, in production)",
    );
}

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = issue.path.join(".");
    const shown = SECRET_VARIABLES.has(name) ? "***" : JSON.stringify(env[name] ?? "");
    return `  ${name}=${shown}: ${issue.message}`;
  });
  throw new ConfigError(`Cấu hình không hợp lệ (invalid configuration):\n${lines.join("\n")}`);
}
