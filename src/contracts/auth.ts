import { z } from "zod";

export const LoginRequest = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const CurrentOfficer = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  roles: z.array(z.string()),
  /** After an administrator's reset: the officer must choose a new password first. */
  mustChangePassword: z.boolean(),
});
export type CurrentOfficer = z.infer<typeof CurrentOfficer>;

export const SessionResponse = z.object({ officer: CurrentOfficer });
export type SessionResponse = z.infer<typeof SessionResponse>;
