import { readFileSync, statSync } from "node:fs";

/** Where "now" comes from (epoch milliseconds). Tests pass their own; the default is the system clock. */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();

/** The dossier clock of the configuration: the system clock, or the test clock of `TEST_CLOCK_FILE`. */
export function clockOf(config: { TEST_CLOCK_FILE?: string | undefined }): Clock {
  return config.TEST_CLOCK_FILE ? fileClock(config.TEST_CLOCK_FILE) : systemClock;
}

/**
 * Testing only (config refuses it in production): the system clock moved by `offsetMs` read from
 * a JSON file `{"offsetMs": number}`, so that browser tests can move the server's time forward.
 * A missing file is an offset of 0. The file is read again only when its modification time or
 * size changes (one `stat` per reading); a file that cannot be parsed keeps the last offset and
 * is read again next time (write it to a temporary file and rename it over, to be atomic).
 */
export function fileClock(path: string, system: Clock = systemClock): Clock {
  let seen: string | null = null;
  let offsetMs = 0;
  return () => {
    const stamp = statStamp(path);
    if (stamp !== seen) {
      const read = stamp === null ? 0 : readOffset(path);
      if (read !== null) {
        offsetMs = read;
        seen = stamp;
      }
    }
    return system() + offsetMs;
  };
}

function statStamp(path: string): string | null {
  const stat = statSync(path, { throwIfNoEntry: false, bigint: true });
  return stat ? `${stat.mtimeNs}:${stat.size}` : null;
}

function readOffset(path: string): number | null {
  try {
    const { offsetMs } = JSON.parse(readFileSync(path, "utf8")) as { offsetMs?: unknown };
    return typeof offsetMs === "number" && Number.isFinite(offsetMs) ? offsetMs : null;
  } catch {
    return null;
  }
}
