import { loadConfig } from "../config.ts";
import { openDatabase } from "./open-database.ts";

/** `npm run migrate`: applies pending migrations to DATABASE_URL, or to the embedded database. */
const config = loadConfig();
const database = await openDatabase(config);
try {
  console.log(`Đã áp dụng ${database.appliedMigrations.length} migration mới.`);
} finally {
  await database.close();
}
