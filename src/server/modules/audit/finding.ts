/** One thing `npm run audit:verify` found wrong: a stable code and a readable line (Vietnamese first). */
export interface Finding {
  code: string;
  message: string;
}
