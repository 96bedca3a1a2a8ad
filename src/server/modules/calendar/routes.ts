import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  AgencyQuery,
  CalendarChange,
  CalendarHistory,
  CalendarYear,
  CalendarYearParams,
  DateParams,
  DueDatePreview,
  DueDateQuery,
  OfficialSchedule,
  SetCalendarDay,
  SetWorkingHours,
} from "../../../contracts/calendar.ts";
import { Problem } from "../../../contracts/problem.ts";
import type { Db } from "../../db/database.ts";
import { agencyIdInRequest, officerAccess, officerOf, PUBLIC } from "../../http/access.ts";
import { changeCalendarDay } from "./change-calendar-day.ts";
import { getCalendarYear } from "./get-calendar-year.ts";
import { importOfficialSchedule } from "./import-official-schedule.ts";
import { listCalendarHistory } from "./list-calendar-history.ts";
import { previewDueDate } from "./preview-due-date.ts";
import { setWorkingHours } from "./set-working-hours.ts";

const MANAGE = officerAccess("calendar.manage", agencyIdInRequest);
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

export const calendarRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    "/api/calendar/years/:year",
    {
      config: { access: PUBLIC },
      schema: {
        tags: ["calendar"],
        summary: "A year of working days, holidays and swaps (national, or an agency's)",
        params: CalendarYearParams,
        querystring: AgencyQuery,
        response: { 200: CalendarYear, ...errors },
      },
    },
    async (request) => getCalendarYear(db, request.params.year, request.query.agencyId ?? null),
  );

  app.get(
    "/api/calendar/due-date",
    {
      config: { access: PUBLIC },
      schema: {
        tags: ["calendar"],
        summary: "Preview the due instant of a duration in working time (CAL-5..8)",
        querystring: DueDateQuery,
        response: { 200: DueDatePreview, ...errors },
      },
    },
    async (request) => previewDueDate(db, request.query, Date.now()),
  );

  app.get(
    "/api/admin/calendar/history",
    {
      config: { access: officerAccess("calendar.history.read", agencyIdInRequest) },
      schema: {
        tags: ["calendar"],
        summary: "Revisions of a calendar, who changed it and how",
        querystring: AgencyQuery,
        response: { 200: CalendarHistory, ...errors },
      },
    },
    async (request) => listCalendarHistory(db, request.query.agencyId ?? null),
  );

  app.put(
    "/api/admin/calendar/days/:date",
    {
      config: { access: MANAGE },
      schema: {
        tags: ["calendar"],
        summary: "Mark a date as a holiday, a day off, or a working day (CAL-4)",
        params: DateParams,
        body: SetCalendarDay,
        response: { 200: CalendarChange, ...errors },
      },
    },
    async (request) => {
      const { agencyId = null, ...day } = request.body;
      return changeCalendarDay(db, request.params.date, day, agencyId, officerOf(request).id);
    },
  );

  app.delete(
    "/api/admin/calendar/days/:date",
    {
      config: { access: MANAGE },
      schema: {
        tags: ["calendar"],
        summary: "Return a date to what the defaults say",
        params: DateParams,
        querystring: AgencyQuery,
        response: { 200: CalendarChange, ...errors },
      },
    },
    async (request) => {
      return changeCalendarDay(
        db,
        request.params.date,
        null,
        request.query.agencyId ?? null,
        officerOf(request).id,
      );
    },
  );

  app.put(
    "/api/admin/calendar/working-hours",
    {
      config: { access: MANAGE },
      schema: {
        tags: ["calendar"],
        summary: "Set an agency's (or the national) office hours (CAL-1)",
        body: SetWorkingHours,
        response: { 200: CalendarChange, ...errors },
      },
    },
    async (request) => {
      return setWorkingHours(db, request.body.periods, request.body.agencyId ?? null, officerOf(request).id);
    },
  );

  app.post(
    "/api/admin/calendar/official-schedules",
    {
      // The official schedule is national, whatever agency a request names.
      config: { access: officerAccess("calendar.manage", () => null) },
      schema: {
        tags: ["calendar"],
        summary: "Import the Government's official schedule of a year (CAL-4)",
        body: OfficialSchedule,
        response: { 200: CalendarChange, ...errors },
      },
    },
    async (request) => importOfficialSchedule(db, request.body, officerOf(request).id),
  );
};
