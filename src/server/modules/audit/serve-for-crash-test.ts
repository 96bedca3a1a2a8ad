/**
 * The real application on the database of argv[2], listening on a free port that it prints
 * (`PORT <n>`): the process audit-crash.test.ts kills with SIGKILL mid-way.
 */
import { buildApp } from "../../app.ts";
import { loadConfig } from "../../config.ts";
import { createDb } from "../../db/database.ts";

const db = createDb(process.argv[2] ?? "", 10);
const app = await buildApp({ ...loadConfig({}), LOG_LEVEL: "silent", WEB_DIST_DIR: "" }, db);
await app.listen({ host: "127.0.0.1", port: 0 });
const address = app.server.address();
console.log(`PORT ${typeof address === "object" && address ? address.port : 0}`);
