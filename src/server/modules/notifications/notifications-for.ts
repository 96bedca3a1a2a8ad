import type {
  ApplicantSnapshot,
  Dossier,
  DossierEvent,
  DossierEventType,
  EventOf,
} from "../../../domain/dossier/index.ts";
import { COMPOSERS, type Composers, type NotificationDraft } from "./notification-texts.ts";

/** One e-mail to the applicant about one event of their dossier. */
export interface NotificationMessage {
  readonly dossierId: string;
  readonly dossierVersion: number;
  readonly dossierCode: string;
  /** The event type that caused it. */
  readonly kind: DossierEventType;
  readonly rule: string;
  readonly recipient: string;
  readonly subject: string;
  /** Plain text, NFC; the lookup link and signature are added when it is sent (`mailOf`). */
  readonly body: string;
  /** The event's instant: when the message was decided (and may first be sent). */
  readonly at: number;
}

/**
 * An address nodemailer takes as exactly one mailbox: no spaces, commas, semicolons, quotes or
 * angle brackets, which would add recipients or headers.
 */
const MAILBOX = /^[^\s@,;:<>"()[\]\\]+@[^\s@,;:<>"()[\]\\]+$/;

/** The applicant's e-mail address from the dossier's snapshot, or null: no address, no message. */
export function recipientOf(applicant: ApplicantSnapshot): string | null {
  const email = applicant.email?.normalize("NFC").trim() ?? "";
  return MAILBOX.test(email) ? email : null;
}

function greeting(applicant: ApplicantSnapshot): string {
  return applicant.kind === "organization"
    ? `Kính gửi ${applicant.name},`
    : `Kính gửi Ông/Bà ${applicant.name},`;
}

function bodyOf(dossier: Dossier, draft: NotificationDraft): string {
  const text = [
    greeting(dossier.applicant),
    ...draft.paragraphs.filter((paragraph) => paragraph !== ""),
    `Mã hồ sơ: ${dossier.code}\nThủ tục: ${dossier.procedure.name}`,
  ].join("\n\n");
  return text.normalize("NFC");
}

function draftFor<T extends DossierEventType>(dossier: Dossier, event: EventOf<T>): NotificationDraft | null {
  const compose = (COMPOSERS as Composers)[event.type as T];
  return compose ? compose(dossier, event) : null;
}

/**
 * What the applicant must be told about `events`, which brought the dossier to `dossier`: one
 * message per event worth one (REC-2, REC-3, PRC-5, PRC-6, PRC-7, PAU-1/2, RES-1..4, WDR-3/4,
 * CAN-2), none when the applicant gave no usable e-mail address. Pure: no I/O, no clock.
 */
export function notificationsFor(dossier: Dossier, events: readonly DossierEvent[]): NotificationMessage[] {
  const recipient = recipientOf(dossier.applicant);
  if (!recipient) return [];
  return events.flatMap((event) => {
    const draft = draftFor(dossier, event);
    if (!draft) return [];
    return [
      {
        dossierId: dossier.id,
        dossierVersion: event.version,
        dossierCode: dossier.code,
        kind: event.type,
        rule: event.rule,
        recipient,
        subject: draft.subject.normalize("NFC"),
        body: bodyOf(dossier, draft),
        at: event.at,
      },
    ];
  });
}
