import { mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../config.ts";
import { clockOf, fileClock, systemClock } from "./clock.ts";

/** TEST_CLOCK_FILE: browser tests move the server's dossier clock with a JSON file. */

const dir = mkdtempSync(path.join(tmpdir(), "motcua-clock-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DAY = 86_400_000;
const frozen = () => 1_000_000;

/** Writes atomically (temporary file renamed over), as browser tests should. */
function writeOffset(file: string, content: string, mtime: Date) {
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, content);
  utimesSync(temporary, mtime, mtime);
  renameSync(temporary, file);
}

describe("the test clock (TEST_CLOCK_FILE)", () => {
  it("is the system clock while the file is missing, then moves by offsetMs", () => {
    const file = path.join(dir, "clock.json");
    const clock = fileClock(file, frozen);
    expect(clock()).toBe(1_000_000);
    writeOffset(file, JSON.stringify({ offsetMs: 2 * DAY }), new Date(1_000));
    expect(clock()).toBe(1_000_000 + 2 * DAY);
  });

  it("reads the file again only when it changes; a bad file keeps the last offset", () => {
    const file = path.join(dir, "clock-2.json");
    const clock = fileClock(file, frozen);
    writeOffset(file, '{"offsetMs": 5000}', new Date(1_000));
    expect(clock()).toBe(1_005_000);
    writeOffset(file, '{"offsetMs": "soon"}', new Date(2_000));
    expect(clock()).toBe(1_005_000);
    writeOffset(file, '{"offsetMs": 7000}', new Date(3_000));
    expect(clock()).toBe(1_007_000);
    rmSync(file);
    expect(clock()).toBe(1_000_000);
  });

  it("is chosen by the configuration, and refused in production with a clear message", () => {
    expect(clockOf(loadConfig({}))).toBe(systemClock);
    const file = path.join(dir, "clock-3.json");
    expect(clockOf(loadConfig({ TEST_CLOCK_FILE: file }))()).toBeGreaterThan(Date.now() - 1_000);
    expect(() => loadConfig({ NODE_ENV: "production", TEST_CLOCK_FILE: file })).toThrow(
      /TEST_CLOCK_FILE=.*testing only/,
    );
    expect(loadConfig({}).JOBS_INTERVAL_SECONDS).toBe(60);
    expect(() => loadConfig({ JOBS_INTERVAL_SECONDS: "-1" })).toThrow(/JOBS_INTERVAL_SECONDS/);
  });
});
