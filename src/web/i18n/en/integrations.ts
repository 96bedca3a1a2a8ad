import type { Shape } from "../messages.ts";
import type { integrations as vi } from "../vi/integrations.ts";

export const integrations: Shape<typeof vi> = {
  integrations: {
    title: "Integrations and deliveries",
    intro:
      "Each integration (e-mail to applicants, the National Public Service Portal…) delivers its messages in order per dossier and retries on failure. A message that failed its last attempt is parked; the dossier's later messages wait until it is retried or discarded.",
    refresh: "Refresh",
    loadFailed: "Could not load the integrations' health",
    names: {
      email: "E-mail to applicants",
      "national-portal": "National Public Service Portal",
    },
    columns: {
      destination: "Integration",
      queued: "Queued",
      delivered: "Delivered",
      failing: "Failing, will retry",
      parked: "Parked",
      blocked: "Waiting behind a parked message",
      oldest: "Oldest waiting",
      lastError: "Last error",
      key: "Dossier (ordering key)",
      attempts: "Attempts",
      parkedAt: "Parked at",
      followers: "Waiting behind it",
    },
    age: {
      seconds: "{{count}} s",
      minutes: "{{count}} min",
      hours: "{{hours}} h {{minutes}} min",
    },
    parkedTitle: "Parked messages",
    parkedIntro:
      "Retry: the message is queued again with a fresh count of attempts. Discard: it is never delivered and the dossier's later messages go on; a reason is required. Both are recorded in the audit trail.",
    noParked: "No parked messages.",
    retry: "Retry",
    discard: "Discard",
    retried: "The message is queued again.",
    discarded: "The message was discarded; the dossier's later messages will be delivered.",
    discardTitle: "Discard a parked message",
    discardWarning:
      "This message will never be delivered. Make sure its content was handled another way (e.g. updated by hand on the portal).",
    reason: "Reason",
    reasonHint: "At least 5 characters; recorded in the audit trail.",
    portalSubmissions: {
      title: "National portal submissions awaiting action",
      intro:
        "Dossiers submitted on the National Public Service Portal that did not become dossiers here (unknown procedure or agency, malformed data, an invalid or unreachable file). Retry once the cause is fixed, or discard with a reason. Every action is audited.",
      none: "No national portal submission is waiting.",
      nationalCode: "National dossier code",
      procedure: "Procedure · agency",
      receivedAt: "Received at",
      reason: "Reason parked",
      pending: "Being received",
      retry: "Retry",
      discard: "Discard",
      received: "Received as dossier {{code}}.",
      parkedAgain: "Still not received: {{reason}}",
      discarded: "The national portal submission was discarded.",
      discardTitle: "Discard a national portal submission",
      discardWarning:
        "This submission will never be received, even if the portal delivers it again. Make sure the applicant has been told.",
    },
  },
};
