import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { SMTPServer } from "smtp-server";

/**
 * Test harness (not used by production code): a real SMTP server on 127.0.0.1 that keeps every
 * message it accepts, decoded (headers' encoded words, quoted-printable or base64 body, UTF-8).
 */

export interface ReceivedMail {
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly messageId: string;
  readonly text: string;
  readonly raw: string;
}

export interface TestSmtpServer {
  readonly port: number;
  readonly received: ReceivedMail[];
  close(): Promise<void>;
}

export interface TestSmtpOptions {
  /** Listen on this port (0: a free one). */
  readonly port?: number;
  /** Require AUTH with these credentials; a refusal echoes what was tried (a careless server). */
  readonly auth?: { readonly user: string; readonly pass: string };
  /** Wait this long before accepting each message (ms). */
  readonly delayMs?: number;
}

const bytesToUtf8 = (latin1: string) => Buffer.from(latin1, "latin1").toString("utf8");
const hexBytes = (text: string) =>
  text.replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

/** RFC 2047 encoded words (`=?UTF-8?B?…?=`, `=?UTF-8?Q?…?=`) of a header value. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?[^?]+\?([BbQq])\?([^?]*)\?=/g, (_, encoding: string, data: string) =>
      encoding.toUpperCase() === "B"
        ? Buffer.from(data, "base64").toString("utf8")
        : bytesToUtf8(hexBytes(data.replace(/_/g, " "))),
    );
}

function decodeBody(body: string, transferEncoding: string): string {
  if (transferEncoding === "base64") return Buffer.from(body.replace(/\s/g, ""), "base64").toString("utf8");
  if (transferEncoding === "quoted-printable") return bytesToUtf8(hexBytes(body.replace(/=\r\n/g, "")));
  return bytesToUtf8(body);
}

export function decodeMail(raw: Buffer): ReceivedMail {
  const text = raw.toString("latin1");
  const split = text.indexOf("\r\n\r\n");
  const headers = new Map<string, string>();
  for (const line of text
    .slice(0, split)
    .replace(/\r\n(?=[ \t])/g, "")
    .split("\r\n")) {
    const colon = line.indexOf(":");
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const header = (name: string) => decodeWords(headers.get(name) ?? "");
  return {
    from: header("from"),
    to: header("to"),
    subject: header("subject"),
    messageId: header("message-id"),
    text: decodeBody(text.slice(split + 4), (headers.get("content-transfer-encoding") ?? "").toLowerCase()),
    raw: raw.toString("utf8"),
  };
}

export async function startTestSmtpServer(options: TestSmtpOptions = {}): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const auth = options.auth;
  const server = new SMTPServer({
    logger: false,
    disabledCommands: auth ? ["STARTTLS"] : ["STARTTLS", "AUTH"],
    authOptional: !auth,
    allowInsecureAuth: true,
    onAuth(attempt, _session, callback) {
      if (attempt.username === auth?.user && attempt.password === auth?.pass) {
        callback(null, { user: attempt.username });
      } else {
        callback(new Error(`Authentication failed for ${attempt.username} with ${attempt.password}`));
      }
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", async () => {
        if (options.delayMs) await sleep(options.delayMs);
        received.push(decodeMail(Buffer.concat(chunks)));
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
