import type { Config } from "../../config.ts";
import { DeliveryFailure, type Destination } from "../delivery/destination.ts";
import { lookupUrl } from "../documents/qr.ts";
import { createMailer, MailDeliveryError, type Mailer, type OutgoingMail } from "./mailer.ts";

/** The payload of an "email" message in the outbox (enqueue-notifications.ts writes it). */
export interface EmailPayload {
  readonly dossierId: string;
  readonly dossierVersion: number;
  readonly dossierCode: string;
  readonly kind: string;
  readonly rule: string;
  readonly recipient: string;
  readonly subject: string;
  readonly body: string;
}

export const EMAIL = "email";

/** The citizen's page of the dossier, where its fees are paid online (PAY-1). */
export function payOnlineUrl(baseUrl: string, dossierId: string): string {
  return `${baseUrl.replace(/\/$/, "")}/ca-nhan?ho-so=${encodeURIComponent(dossierId)}`;
}

/** The e-mail of a message: its body, the dossier's lookup link and the signature. */
function mailOf(id: string, payload: EmailPayload, lookupBaseUrl: string): OutgoingMail {
  return {
    to: payload.recipient,
    subject: payload.subject,
    text: [
      payload.body,
      // PAY-1: a fee notice carries the page where the applicant pays online.
      ...(payload.kind === "paused"
        ? [`Nộp phí, lệ phí trực tuyến: ${payOnlineUrl(lookupBaseUrl, payload.dossierId)}`]
        : []),
      `Tra cứu tình trạng hồ sơ: ${lookupUrl(lookupBaseUrl, payload.dossierCode)}`,
      "Trân trọng,\nBộ phận Tiếp nhận và Trả kết quả (Bộ phận Một cửa)\n(Thư gửi tự động, xin vui lòng không trả lời thư này.)",
    ].join("\n\n"),
    messageId: `<${id}@motcua>`,
  };
}

/**
 * The "email" destination: sends each message through `mailer`; the Message-ID is the message
 * id on every attempt, so receivers can drop duplicates. A failure of the server or the
 * connection ends the round; a failure of one message (`EENVELOPE`, `EMESSAGE`) does not.
 */
export function emailDestination(mailer: Mailer, lookupBaseUrl: string, maxAttempts: number): Destination {
  return {
    name: EMAIL,
    maxAttempts,
    async send(message) {
      try {
        await mailer.send(mailOf(message.id, message.payload as EmailPayload, lookupBaseUrl));
      } catch (error) {
        if (!(error instanceof MailDeliveryError)) throw error;
        throw new DeliveryFailure(error.message, error.serverDown);
      }
    },
  };
}

/** The e-mail destination the configuration asks for, and its mailer; none without `SMTP_URL`. */
export function configuredEmail(config: Config): { destination: Destination; mailer: Mailer } | null {
  if (!config.SMTP_URL) return null;
  const mailer = createMailer(config.SMTP_URL, config.MAIL_FROM);
  return { destination: emailDestination(mailer, config.PUBLIC_URL, config.NOTIFY_MAX_ATTEMPTS), mailer };
}
