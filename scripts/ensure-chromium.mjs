#!/usr/bin/env node
// Browser tests drive Debian's Chromium (Playwright's own browser downloads are not used).
// Installs it with apt when it is missing.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

if (!existsSync(CHROMIUM)) {
  console.log(`Chromium không có ở ${CHROMIUM}; đang cài bằng apt (installing chromium with apt)…`);
  const sudo = process.getuid?.() === 0 ? "" : "sudo ";
  try {
    execSync(
      `${sudo}apt-get update -q && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-dejavu-core`,
      {
        stdio: "inherit",
      },
    );
  } catch {
    console.error("Không cài được Chromium. Hãy cài gói `chromium` của Debian, hoặc đặt CHROMIUM_PATH.");
    process.exit(1);
  }
}
