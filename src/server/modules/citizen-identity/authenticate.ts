import type { FastifyRequest } from "fastify";
import type { CitizenProfile } from "../../../contracts/citizen.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/problem.ts";
import { loadCitizenProfile } from "./citizen-view.ts";
import { CITIZEN_SESSION_COOKIE, sessionCitizenId } from "./sessions.ts";

declare module "fastify" {
  interface FastifyRequest {
    /** The signed-in citizen, set by `requireCitizen` (the access check of citizen routes). */
    citizen?: CitizenProfile;
  }
}

const CITIZEN_NOT_SIGNED_IN = new AppError(
  401,
  "CITIZEN_AUTH_REQUIRED",
  "Vui lòng đăng nhập bằng tài khoản định danh điện tử (VNeID) để tiếp tục.",
);

/**
 * The citizen behind the request's `motcua_citizen` cookie; 401 CITIZEN_AUTH_REQUIRED when there
 * is none. The only way a route learns which citizen it serves: never from the URL or the body.
 * An officer's session cookie is not looked at.
 */
export async function requireCitizen(db: Db, request: FastifyRequest): Promise<CitizenProfile> {
  if (request.citizen) return request.citizen;
  const token = request.cookies[CITIZEN_SESSION_COOKIE];
  const citizenId = token ? await sessionCitizenId(db, token) : undefined;
  const citizen = citizenId ? await loadCitizenProfile(db, citizenId) : undefined;
  if (!citizen) throw CITIZEN_NOT_SIGNED_IN;
  request.citizen = citizen;
  // SEC-2: what the citizen does is audited under their name.
  request.audit = { ...request.audit, actor: { kind: "citizen", id: citizen.id, name: citizen.fullName } };
  return citizen;
}
