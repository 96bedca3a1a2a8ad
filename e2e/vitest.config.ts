import { defineConfig } from "vitest/config";

/** Browser tests: the real server started as `npm start` would, driven through Debian's Chromium. */
export default defineConfig({
  test: {
    name: "browser",
    root: new URL("..", import.meta.url).pathname,
    include: ["e2e/**/*.e2e.ts"],
    globalSetup: ["e2e/support/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
