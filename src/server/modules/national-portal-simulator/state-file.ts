import { existsSync, readFileSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Snapshot } from "./portal-state.ts";

/** Changes coming close together are written once, this long after the first. */
const SAVE_DELAY_MS = 50;

/** The snapshot in `file`, or null when there is none or it is not a version-1 state file. */
export function readStateFile(file: string): Snapshot | null {
  if (!existsSync(file)) return null;
  const data = JSON.parse(readFileSync(file, "utf8")) as { version?: unknown };
  return data?.version === 1 ? (data as Snapshot) : null;
}

export interface StateSaver {
  /** A change happened: write the state soon. */
  changed(): void;
  /** Writes a pending change now (on close). */
  flush(): Promise<void>;
}

/**
 * Saves the simulator's state to `file` after changes, debounced, atomically: a temporary file in
 * the same folder, then a rename, so a crash leaves the previous state or the new one, never half.
 */
export function stateSaver(
  file: string,
  snapshot: () => Snapshot,
  onError: (error: unknown) => void,
): StateSaver {
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();
  const save = () => {
    timer = null;
    const text = JSON.stringify(snapshot());
    writing = writing.then(async () => {
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(temporary, text);
        await rename(temporary, file);
      } catch (error) {
        onError(error);
      }
    });
  };
  return {
    changed() {
      timer ??= setTimeout(save, SAVE_DELAY_MS);
    },
    async flush() {
      if (timer) {
        clearTimeout(timer);
        save();
      }
      await writing;
    },
  };
}
