/**
 * The officers' password policy (ACC-1) is shared with the server (src/domain/accounts); this file
 * adds what only the web needs: a readable random temporary password.
 */
import { isStrongPassword } from "../../domain/accounts/password-policy.ts";

export {
  checkPassword,
  isStrongPassword,
  MIN_PASSWORD_LENGTH,
  type PasswordRule,
  passwordRules,
} from "../../domain/accounts/password-policy.ts";

const LOWER = "abcdefghijkmnpqrstuvwxyz";
const UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const DIGITS = "23456789";
const SYMBOLS = "@#%+=!?";

/**
 * A random temporary password that meets the policy (14 characters of all four kinds, without
 * look-alikes such as l/1 and O/0, so that it can be read out over the phone).
 */
export function generateTemporaryPassword(random: (n: number) => number = cryptoRandom): string {
  for (;;) {
    const password = randomPassword(random);
    // A common word ("admin", "qwerty") can turn up by chance: draw again.
    if (isStrongPassword(password, "")) return password;
  }
}

function randomPassword(random: (n: number) => number): string {
  const pick = (set: string) => set[random(set.length)] ?? set[0] ?? "";
  const all = LOWER + UPPER + DIGITS + SYMBOLS;
  const chars = [pick(LOWER), pick(UPPER), pick(DIGITS), pick(SYMBOLS)];
  while (chars.length < 14) chars.push(pick(all));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [chars[i], chars[j]] = [chars[j] ?? "", chars[i] ?? ""];
  }
  return chars.join("");
}

function cryptoRandom(n: number): number {
  const buffer = new Uint32Array(1);
  // Rejection sampling: no bias towards small values.
  const limit = Math.floor(0x1_0000_0000 / n) * n;
  do crypto.getRandomValues(buffer);
  while ((buffer[0] ?? 0) >= limit);
  return (buffer[0] ?? 0) % n;
}
