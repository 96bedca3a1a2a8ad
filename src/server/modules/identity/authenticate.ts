import type { FastifyRequest } from "fastify";
import type { CurrentOfficer } from "../../../contracts/auth.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { loadOfficerView } from "./officer-view.ts";
import { SESSION_COOKIE, sessionOfficerId } from "./sessions.ts";

const NOT_SIGNED_IN = new AppError(401, "AUTH_REQUIRED", "Vui lòng đăng nhập để tiếp tục.");

/** The officer behind the request's session cookie; refuses with 401 when there is none. */
export async function requireOfficer(db: Db, request: FastifyRequest): Promise<CurrentOfficer> {
  const token = request.cookies[SESSION_COOKIE];
  const officerId = token ? await sessionOfficerId(db, token) : undefined;
  const officer = officerId ? await loadOfficerView(db, officerId) : undefined;
  if (!officer) throw NOT_SIGNED_IN;
  return officer;
}
