import type { Shape } from "../messages.ts";
import type { portal as vi } from "../vi/portal.ts";

export const portal: Shape<typeof vi> = {
  home: {
    title: "Online public services",
    lead: "The administrative procedure portal of {{province}} for citizens and businesses.",
    leadGeneric: "The administrative procedure portal for citizens and businesses.",
    canDoTitle: "Here, citizens and businesses can",
    canDo: {
      find: "Learn about administrative procedures: required documents, processing times, fees and charges.",
      submit: "Submit dossiers online, in person at the one-stop desk, or by public postal service.",
      track: "Follow the progress of a dossier and receive the result electronically or on paper.",
      rate: "Rate their satisfaction and send feedback on how procedures were handled.",
    },
  },
  directory: {
    title: "Directory of agencies",
    intro:
      "The one-stop desk address and the officer on duty at each agency. Please get in touch before submitting a dossier in person.",
    searchLabel: "Search agencies",
    searchPlaceholder: "Type a name, code or address (accents optional)",
    clearSearch: "Clear search",
    resultCount_one: "{{count}} agency",
    resultCount_other: "{{count}} agencies",
    noResults: "No agency matches “{{query}}”.",
    empty: "No agencies have been published yet.",
    loading: "Loading the agency directory…",
    loadError: "The agency directory could not be loaded.",
    retry: "Try again",
    code: "Identifier",
    address: "Address",
    parent: "Part of",
    dutyOfficer: "One-stop officer on duty",
    callOfficer: "Call {{phone}}",
    notUpdated: "Not provided",
    levels: {
      province: "Provincial People's Committee",
      department: "Departments and agencies",
      district: "District People's Committees",
      commune: "Commune and ward People's Committees",
      unit: "Subordinate units",
    },
  },
  duePreview: {
    title: "Expected result date",
    intro:
      "Processing times are counted in the agency's working days and hours: Saturdays, Sundays and public holidays are not counted; make-up working days are.",
    from: "Date and time received",
    amount: "Processing time",
    unit: "Counted in",
    agency: "Handling agency",
    nationalCalendar: "General working calendar",
    units: {
      working_days: "working days",
      working_hours: "working hours",
      half_days: "working half-days",
      calendar_days: "calendar days",
    },
    result: "If the dossier is received at <b>{{from}}</b>, the result is expected at <b>{{due}}</b>.",
    countingStarts: "Received outside working hours: the processing time starts counting at {{start}}.",
    calculating: "Calculating…",
    fromRequired: "Please enter the date and time of reception.",
    amountInvalid: "Please enter the processing time as a non-negative number.",
    failed: "The result date could not be calculated",
    fixInputs: "Correct the fields marked above to see the expected result date.",
    note: "For guidance only: the official return date is the one on the dossier receipt.",
  },
};
