import type { Shape } from "../messages.ts";
import type { dossierRequests as vi } from "../vi/dossierRequests.ts";

export const dossierRequests: Shape<typeof vi> = {
  myDossierRequests: {
    supplement: {
      title: "Supplement the application",
      intro: "The agency asked for more documents. Tick what you are supplying, upload the files and send.",
      kinds: {
        reception: "Request to complete the application before acceptance",
        return: "Application returned for supplement (the processing time restarts once complete)",
        correction: "Request for correction (the application is paused until you resubmit)",
      },
      requestedAt: "Requested on",
      reason: "Reason",
      itemsLegend: "Documents you are supplying",
      itemsHint: "Tick the requested documents you are handing in now.",
      other: "Other documents (if any)",
      otherHint: "Name any other document you attach, one per line.",
      itemsRequired: "Tick or write at least one document.",
      filesLabel: "Files of the documents (PDF, JPG or PNG, at most 10 MB each)",
      choose: "Choose files",
      addMore: "Add files",
      filesRequired: "Upload at least one file.",
      uploadFailed: "Some files were not uploaded",
      note: "Note to the agency (optional)",
      send: "Send the supplement",
      sent: "Supplement sent. The agency will continue with your application.",
      failed: "The supplement was not sent",
    },
    withdrawal: {
      title: "Withdraw the application",
      intro:
        "You may ask to withdraw the application while there is no result yet. The one-stop desk forwards your request to the processing agency within half a working day.",
      open: "Withdraw the application",
      modalTitle: "Withdraw application {{code}}",
      consequences:
        "If the agency agrees, processing stops and the application ends; to go on you must submit a new one. Fees already paid are handled as the law provides. You may ask to get your papers back at the one-stop desk.",
      reason: "Reason for withdrawing",
      reasonHint: "Required. The processing agency will read it.",
      reasonRequired: "Enter the reason for withdrawing.",
      confirm: "Send the withdrawal request",
      cancel: "Cancel",
      close: "Close",
      sent: "Withdrawal request sent. It waits for the one-stop desk to forward it.",
      failed: "The withdrawal request was not sent",
      historyTitle: "Withdrawal requests",
      requestedAt: "Sent {{time}}",
      channels: { online: "online", letter: "by letter" },
      outcomes: {
        pending: "Waiting for the one-stop desk to forward it",
        forwarded: "Forwarded to the processing agency, awaiting its decision",
        allowed: "The agency allowed the withdrawal",
        rejected: "The agency refused the withdrawal",
      },
      rejectionReason: "Reason: {{reason}}",
      ended: "The application ended {{time}}",
    },
  },
};
