/**
 * Patterns of text fields, written by form authors as regular expressions (JavaScript syntax,
 * Unicode mode) that must match the whole value. Compiled once per source.
 */
const compiled = new Map<string, RegExp | null>();
const MAX_CACHED = 1000;

/** The compiled pattern, or undefined when the source is not a valid regular expression. */
export function compilePattern(source: string): RegExp | undefined {
  let pattern = compiled.get(source);
  if (pattern === undefined) {
    try {
      pattern = new RegExp(`^(?:${source})$`, "u");
    } catch {
      pattern = null;
    }
    if (compiled.size >= MAX_CACHED) compiled.clear();
    compiled.set(source, pattern);
  }
  return pattern ?? undefined;
}
