import { defineConfig } from "vitest/config";

/**
 * Two projects: `unit` (pure code, no I/O) and `integration` (against PostgreSQL: the embedded
 * server started by the global setup, or DATABASE_URL when set). Browser tests have their own
 * config in e2e/.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/domain/**/*.test.ts", "src/contracts/**/*.test.ts", "src/web/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "integration",
          include: ["src/server/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
          globalSetup: ["src/server/testing/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
