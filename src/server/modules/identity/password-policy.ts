import { passwordProblems } from "../../../domain/accounts/password-policy.ts";
import { AppError } from "../../http/problem.ts";

/** Refuses a weak password (ACC-1); `field` names the request field it came in. */
export function assertStrongPassword(password: string, username: string, field = "password"): void {
  const problems = passwordProblems(password, username);
  if (problems.length === 0) return;
  throw new AppError(422, "WEAK_PASSWORD", `Mật khẩu chưa đủ mạnh: cần ${problems.join("; ")}.`, [
    { path: field, message: problems.join("; ") },
  ]);
}
