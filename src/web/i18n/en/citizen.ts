import type { Shape } from "../messages.ts";
import type { citizen as vi } from "../vi/citizen.ts";

export const citizen: Shape<typeof vi> = {
  citizenNav: {
    signIn: "Sign in with VNeID",
    signInShort: "VNeID sign-in",
    loading: "Checking the citizen sign-in",
    menuLabel: "Citizen account: {{name}}",
    profile: "My page",
    signOut: "Sign out",
    signOutFailed: "Could not sign out. {{reason}}",
  },
  citizenSignIn: {
    cancelledTitle: "You cancelled signing in",
    cancelled:
      "You cancelled signing in or did not agree to share your e-ID data with the portal. You can sign in again at any time.",
    pageTitle: "Sign in with VNeID",
    title: "Sign in with your VNeID electronic identity",
    intro:
      "Citizens, agencies, organizations and businesses sign in to the public service portal with the electronic identity issued by the Ministry of Public Security (the VNeID app) to submit and track applications online.",
    levelsTitle: "Which accounts can sign in",
    level1:
      "Both level 1 and level 2 electronic identity accounts can sign in. Some procedures require level 2.",
    level2:
      "With a level 2 account, your identity data counts as documents already presented: you need not submit a copy of, or show, your ID card when you apply.",
    organization:
      "Agencies, organizations and businesses sign in with the electronic identity account of their representative; applications are then submitted on behalf of the organization.",
    sharedData:
      "After you sign in, VNeID asks whether you agree to share with the portal: your full name, personal identification number, date of birth, gender, place of residence, phone number and email.",
    noAccount:
      "No account yet? Register in the VNeID app or at your local police office, then come back to this page.",
    continue: "Continue with VNeID",
    redirecting: "Going to VNeID…",
    afterSignIn: "Once you have signed in, you are brought back to the portal.",
    officerPrompt: "Are you a public official?",
    officerLink: "Officer sign-in",
  },
  citizenProfile: {
    pageTitle: "My page",
    title: "My page",
    kind: {
      individual: "Individual",
      organization: "Organization",
    },
    level: "Electronic identity level {{level}}",
    presentedTitle: "Your identity data counts as documents already presented",
    presented:
      "Your account is a level 2 electronic identity: its identity data counts as documents already presented. When you apply, you need not submit a copy of, or show, your ID card.",
    notPresentedTitle: "Level 1 electronic identity",
    notPresented:
      "The identity data of a level 1 account does not yet count as documents presented: where a procedure requires it, you still need to show an identity document. You can upgrade your account to level 2 at a police office.",
    identityTitle: "Identity data",
    identitySource:
      "Provided by VNeID, last updated at {{time}} (your latest sign-in). If anything is wrong, correct it in VNeID and sign in again.",
    fullName: "Full name",
    identityNumber: "Personal identification number",
    showNumber: "Show",
    hideNumber: "Hide",
    showNumberLabel: "Show the full personal identification number",
    hideNumberLabel: "Hide the personal identification number",
    maskedNumber: "Personal identification number hidden, ending in {{last}}",
    birthDate: "Date of birth",
    gender: "Gender",
    genders: {
      male: "Male",
      female: "Female",
      other: "Other",
    },
    address: "Place of residence",
    phone: "Phone number",
    email: "Email",
    missing: "Not provided",
    organizationTitle: "The organization you represent",
    organizationIntro:
      "You are signed in as the representative of this organization; applications you submit are in its name.",
    organizationName: "Organization name",
    taxCode: "Tax code",
    signOut: "Sign out",
    signOutFailed: "Sign-out failed",
  },
  citizenConsents: {
    title: "Consent to the use of your personal data",
    intro:
      "Your personal data is reused for the purposes below only with your consent. You can withdraw your consent at any time; withdrawing does not affect applications already submitted.",
    loadFailed: "Could not load your consents",
    retry: "Try again",
    textLanguageNote: "The consent text you agree to is the Vietnamese text below.",
    purposes: {
      prefill_forms: "Pre-filling forms",
      reuse_documents: "Reusing documents and results you already have",
    },
    version: "Text version: {{version}}",
    switchLabel: "I agree",
    statusGranted: "Consent given",
    statusNotGranted: "No consent",
    statusOutdated: "Consent needed again",
    grantedAt: "Given at {{time}}.",
    outdatedTitle: "The text has changed",
    outdated:
      "You agreed to version {{old}}; the text is now version {{version}}. Please read it again and switch on “I agree” if you still agree. Until then, your data is not used for this purpose.",
    outdatedUnknown:
      "You agreed to an older version; the text is now version {{version}}. Please read it again and switch on “I agree” if you still agree. Until then, your data is not used for this purpose.",
    withdrawOld: "Withdraw the old consent",
    saving: "Saving…",
    granted: "Consent recorded: {{purpose}}.",
    withdrawn: "Consent withdrawn: {{purpose}}.",
    changeFailed: "The change was not saved",
    historyTitle: "Consent history",
    historyEmpty: "No consent given or withdrawn yet.",
    events: {
      granted: "Given",
      withdrawn: "Withdrawn",
      superseded: "Replaced by a newer version",
    },
    eventVersion: "version {{version}}",
    eventSuperseded: "version {{version}}, replaced by version {{newVersion}}",
  },
};
