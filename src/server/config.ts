import { z } from "zod";

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
  DATA_DIR: z.string().min(1).default("./data"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Officer session lifetime, in hours. */
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  /** Load the Vietnamese demo data on start (idempotent). */
  SEED_DEMO_DATA: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
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
  /** Attempts before a message is marked failed (kept in the outbox). */
  NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(10),
});

/** Variables whose values may hold credentials: never echoed in an error. */
const SECRET_VARIABLES = new Set(["DATABASE_URL", "SMTP_URL", "EID_CLIENT_SECRET"]);

/** An optional variable; set but empty counts as unset. */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (v === "" ? undefined : v), schema.optional());
}

/** Rules across variables, and the defaults that depend on others. */
const ConfigSchema = EnvSchema.superRefine((env, ctx) => {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (env.EID_ISSUER_URL && !env.EID_CLIENT_ID) issue("EID_CLIENT_ID", "bắt buộc khi có EID_ISSUER_URL");
  if (env.EID_ISSUER_URL && !env.EID_CLIENT_SECRET)
    issue("EID_CLIENT_SECRET", "bắt buộc khi có EID_ISSUER_URL");
  if (env.TEST_CLOCK_FILE && env.NODE_ENV === "production")
    issue(
      "TEST_CLOCK_FILE",
      "chỉ dùng để kiểm thử, không được đặt khi NODE_ENV=production (testing only: unset it in production)",
    );
}).transform((env) => ({
  ...env,
  PUBLIC_URL: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ""),
}));

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
