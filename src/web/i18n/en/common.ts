import type { Shape } from "../messages.ts";
import type { common as vi } from "../vi/common.ts";

export const common: Shape<typeof vi> = {
  site: {
    systemName: "Administrative Procedure Handling Information System",
    portalName: "Online public services",
    emblemLabel: "Home of the Administrative Procedure Handling Information System of {{province}}",
    emblemLabelGeneric: "Home of the Administrative Procedure Handling Information System",
    skipToContent: "Skip to main content",
  },
  nav: {
    label: "Main navigation",
    home: "Home",
    officerSignIn: "Officer sign-in",
    officerArea: "Officer account: {{name}}",
  },
  language: {
    label: "Language",
    vi: "Tiếng Việt",
    en: "English",
  },
  footer: {
    operator: "Managing agency: {{operator}}",
    hotlineLabel: "Support hotline",
    hours: "Office hours: {{hours}} (except public holidays).",
    openSource: "Built on the motcua open-source software.",
  },
  roles: {
    one_stop_officer: "One-stop officer",
    specialist: "Specialist",
    unit_head: "Head of division",
    agency_leader: "Agency leader",
    procedure_control: "People's Committee Office / Procedure control",
    system_admin: "System administrator",
    operator: "Operating unit",
  },
  calendarText: {
    dateTime: "{{time}} on {{weekday}} {{date}}",
    weekdayDate: "{{weekday}} {{date}}",
    weekdays: {
      mon: "Monday",
      tue: "Tuesday",
      wed: "Wednesday",
      thu: "Thursday",
      fri: "Friday",
      sat: "Saturday",
      sun: "Sunday",
    },
    weekdaysShort: { mon: "Mo", tue: "Tu", wed: "We", thu: "Th", fri: "Fr", sat: "Sa", sun: "Su" },
    months: {
      m1: "January",
      m2: "February",
      m3: "March",
      m4: "April",
      m5: "May",
      m6: "June",
      m7: "July",
      m8: "August",
      m9: "September",
      m10: "October",
      m11: "November",
      m12: "December",
    },
  },
  errors: {
    network: "Cannot reach the server. Please check your connection and try again.",
    unexpected: "The system is having a problem. Please try again later.",
    pageLoadFailed: "This page could not be loaded. Please reload it.",
    reload: "Reload page",
  },
  loading: "Loading…",
  notFound: {
    title: "Page not found",
    body: "The address you opened does not exist or has changed.",
    backHome: "Back to the home page",
  },
};
