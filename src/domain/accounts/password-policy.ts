/**
 * The officers' password policy (ACC-1). The server enforces it; the web shows it while typing,
 * with this same code.
 */
export const passwordRules = ["length", "classes", "notUsername", "notCommon"] as const;
export type PasswordRule = (typeof passwordRules)[number];

export const MIN_PASSWORD_LENGTH = 10;
const COMMON = ["password", "matkhau", "123456", "qwerty", "abc123", "111111", "admin"];

/** What each rule asks, in Vietnamese (the server's refusal lists the rules not met). */
const PASSWORD_RULE_TEXT: Record<PasswordRule, string> = {
  length: `có ít nhất ${MIN_PASSWORD_LENGTH} ký tự`,
  classes: "có ít nhất 3 trong 4 loại: chữ thường, chữ hoa, chữ số, ký tự đặc biệt",
  notUsername: "không chứa tên đăng nhập",
  notCommon: "không chứa từ dễ đoán (password, matkhau, 123456…)",
};

/** Whether `password` satisfies each rule. */
export function checkPassword(password: string, username: string): Record<PasswordRule, boolean> {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  const lower = password.toLowerCase();
  return {
    length: password.length >= MIN_PASSWORD_LENGTH,
    classes: classes >= 3,
    notUsername: username === "" || !lower.includes(username.toLowerCase()),
    notCommon: !COMMON.some((word) => lower.includes(word)),
  };
}

export function isStrongPassword(password: string, username: string): boolean {
  return Object.values(checkPassword(password, username)).every(Boolean);
}

/** The rules a password breaks, as Vietnamese phrases; empty when it is acceptable. */
export function passwordProblems(password: string, username: string): string[] {
  const result = checkPassword(password, username);
  return passwordRules.filter((rule) => !result[rule]).map((rule) => PASSWORD_RULE_TEXT[rule]);
}
