#!/usr/bin/env node
// `npm run dev`: the API with reload (tsx watch) on API_PORT (default 3001) and the Vite dev server
// with hot reload on PORT (default 3000), which proxies /api to the API.
import { spawn } from "node:child_process";

const apiPort = process.env.API_PORT ?? "3001";
const webPort = process.env.PORT ?? "3000";
const children = [
  spawn("npx", ["tsx", "watch", "--clear-screen=false", "src/server/main.ts"], {
    stdio: "inherit",
    // Browsers reach everything through Vite's port, so e-ID redirects must come back there.
    env: {
      ...process.env,
      PORT: apiPort,
      WEB_DIST_DIR: "",
      PUBLIC_URL: process.env.PUBLIC_URL ?? `http://localhost:${webPort}`,
    },
  }),
  spawn("npx", ["vite", "--port", webPort, "--strictPort"], {
    stdio: "inherit",
    env: { ...process.env, API_PORT: apiPort },
  }),
];
const stop = () => {
  for (const child of children) child.kill("SIGTERM");
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const child of children) child.on("exit", stop);
