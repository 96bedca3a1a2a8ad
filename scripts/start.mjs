import { register } from "tsx/esm/api";
import { buildWebIfStale } from "./build-web-if-stale.mjs";

// One process from `npm start` to the server, so SIGTERM reaches the server (which stops PostgreSQL).
await buildWebIfStale();
register();
await import("../src/server/main.ts");
