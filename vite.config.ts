import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const target = `http://127.0.0.1:${process.env.API_PORT ?? 3000}`;
// The trailing slash matters: Vite matches by prefix, and `/api-client/*.ts` are the web's own modules.
// Keep the browser's Host header: the API builds e-ID redirect addresses from PUBLIC_URL, which in
// development is this dev server, so the API must see requests as addressed to it.
const pass = { target, changeOrigin: false };
const proxy = { "/api/": pass, "/eid": pass, "/sim/": pass, "/healthz": pass, "/readyz": pass };

export default defineConfig({
  root: fileURLToPath(new URL("./src/web", import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL("./dist/web", import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Third-party code in its own chunks, cached across releases of the app code. Entries-aware:
          // what only a lazy page uses (the admin calendar's modal, say) stays out of the first load.
          groups: [{ name: "vendor", test: /node_modules/, entriesAware: true }],
        },
      },
    },
  },
  server: { proxy },
  preview: { proxy },
});
