import { createTransport } from "nodemailer";

/**
 * Sending e-mail through an SMTP server given as a URL (`smtp://user:pass@host:587`, STARTTLS
 * when the server offers it; `smtps://…:465` for implicit TLS). Credentials stay inside: every
 * error that leaves `send` is a `MailDeliveryError` whose message has them removed, so neither
 * the outbox nor the logs can hold them.
 */

export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** `<id@host>`: the same on every attempt, so receivers can drop duplicates. */
  readonly messageId: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** Nodemailer's codes of failures that concern one message, not the server or the connection. */
const MESSAGE_ERRORS = new Set(["EENVELOPE", "EMESSAGE"]);

export class MailDeliveryError extends Error {
  override readonly name = "MailDeliveryError";
  constructor(
    message: string,
    /** Nodemailer's error code (`ECONNECTION`, `EAUTH`, `EENVELOPE`, …), if any. */
    readonly code: string | null,
  ) {
    super(message);
  }

  /** The server or the connection failed: the next messages would fail the same way now. */
  get serverDown(): boolean {
    return !MESSAGE_ERRORS.has(this.code ?? "");
  }
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The forms a credential of the URL can take in a message: as written, decoded, in base64 (AUTH). */
function secretsOf(smtpUrl: string): string[] {
  const url = URL.canParse(smtpUrl) ? new URL(smtpUrl) : null;
  if (!url) return [smtpUrl];
  const user = decoded(url.username);
  const pass = decoded(url.password);
  const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
  return [
    smtpUrl,
    url.username,
    url.password,
    user,
    pass,
    base64(user),
    base64(pass),
    base64(`\0${user}\0${pass}`),
  ]
    .filter((secret) => secret.length > 0)
    .sort((a, b) => b.length - a.length);
}

/** `text` without the credentials of `smtpUrl` nor any `//user:password@` of a URL. */
export function redactCredentials(text: string, smtpUrl: string): string {
  const withoutSecrets = secretsOf(smtpUrl).reduce(
    (result, secret) => result.split(secret).join("***"),
    text,
  );
  return withoutSecrets.replace(/\/\/[^\s/@]*@/g, "//***@");
}

function deliveryError(error: unknown, smtpUrl: string): MailDeliveryError {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  return new MailDeliveryError(redactCredentials(message, smtpUrl), typeof code === "string" ? code : null);
}

/** Short waits: the dispatcher holds the row's lock while it sends (ms). */
const CONNECTION_TIMEOUT = 10_000;
const SOCKET_TIMEOUT = 30_000;

/** The mailer of `SMTP_URL`, sending as `from` (e.g. `"Bộ phận Một cửa" <motcua@localhost>`). */
export function createMailer(smtpUrl: string, from: string): Mailer {
  const transport = createTransport({
    url: smtpUrl,
    connectionTimeout: CONNECTION_TIMEOUT,
    greetingTimeout: SOCKET_TIMEOUT,
    socketTimeout: SOCKET_TIMEOUT,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return {
    async send(mail) {
      try {
        await transport.sendMail({ from, ...mail });
      } catch (error) {
        throw deliveryError(error, smtpUrl);
      }
    },
    close: () => transport.close(),
  };
}
