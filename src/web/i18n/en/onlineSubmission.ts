import type { Shape } from "../messages.ts";
import type { onlineSubmission as vi } from "../vi/onlineSubmission.ts";

export const onlineSubmission: Shape<typeof vi> = {
  onlineSubmission: {
    navLookup: "Look up a dossier",
    progress: "Step {{n}} of {{total}}",
    steps: {
      applicant: "Applicant",
      components: "Documents",
      delivery: "How to receive the result",
      review: "Check your answers before submitting",
    },
    next: "Continue",
    back: "Back",
    saveAndReview: "Save and return to the check",
    send: "Submit the dossier",
    failed: "The dossier was not submitted",
    applicant: {
      fromEid:
        "The applicant's details come from the VNeID e-ID account, in place of showing identity papers.",
      name: "Applicant",
      idNumber: "ID number / tax code",
      representative: "Representative",
      address: "Address",
      phone: "Phone",
      email: "E-mail",
      agency: "Receiving agency",
      agencyHelp: "Choose where you submit among the agencies that carry out this procedure.",
      agencyMissing: "Please choose the receiving agency.",
    },
    components: {
      intro:
        "Attach a photo or scan of each document: PDF, JPG or PNG, at most 10 MB per file. A document with several pages may be several files.",
      none: "This procedure asks for no documents.",
      required: "Required",
      optional: "Optional",
      choose: "Choose files",
      addMore: "Add files",
      remove: "Remove file {{name}}",
      missing: "Please attach “{{name}}”.",
      tooLarge: "{{name}}: the file is larger than 10 MB.",
    },
    delivery: {
      label: "How do you want to receive the result?",
      missing: "Please choose how to receive the result.",
      counter: "At the one-stop desk",
      counterHint: "Collect it on the date given on the receipt.",
      post: "By public postal service",
      postHint: "Sent to: {{address}}. Postage is paid by the recipient as regulated.",
      electronic: "Electronically",
      electronicHint: "Download the result under My dossiers once it is ready.",
      note: "You can change how you receive the result by telling the agency before collecting it.",
    },
    signature: {
      title: "This procedure requires a digital signature",
      body: "At least one attached PDF must be digitally signed by the applicant, over the whole file and not changed after signing. The signature is checked as soon as you upload the file.",
      missing: "No attached PDF carries a valid digital signature yet. Upload a digitally signed PDF.",
      found: "The dossier is digitally signed by {{name}} (file {{file}}).",
      signedBy: "Digitally signed by {{name}}",
      issuer: "Certificate issued by {{issuer}}",
      invalid:
        "The digital signature is not valid: the file was changed after signing or the signature is damaged.",
      partial: "The digital signature does not cover the whole file: content was added after signing.",
      unsupported: "The digital signature of this file could not be checked.",
      trustNote:
        "The signature is checked against the file's content; the certificate is not yet checked against the certification authority.",
    },
    review: {
      intro: "Check everything. Choose “Change” to correct a part.",
      change: "Change",
      changeLabel: "Change: {{title}}",
      noFile: "not attached",
    },
    done: {
      title: "Dossier submitted",
      codeLabel: "Your dossier code:",
      next: "The one-stop desk reviews and accepts the dossier within 8 working hours; you are told by e-mail. Use the code to look it up.",
      lookup: "Look up the dossier",
      myDossiers: "My dossiers",
    },
    prefill: {
      notice: "Pre-filled from {{sources}} (you agreed). Please check before submitting.",
      eid: "your electronic identity",
      earlier: "your earlier dossiers",
      and: " and ",
      manage: "Manage consents",
    },
  },
};
