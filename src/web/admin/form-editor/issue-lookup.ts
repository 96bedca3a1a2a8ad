import type { Issue } from "../../../domain/forms/issues.ts";

/**
 * The problems of a definition (the browser's check and the server's answer) placed in the visual
 * editor: each input shows the problems at its own path (`sections[0].fields[2].label`), and each
 * card lists the rest of its own (`sections[0].fields[2].pattern.regex`), so nothing is lost.
 */
export interface IssueLookup {
  /** The messages at exactly `path`, joined; undefined when there are none. */
  at(path: string): string | undefined;
  /**
   * The problems of the element at `path` (itself and below) that no input shows: `shown` are the
   * paths its inputs show, `nested` the lists whose items have cards of their own.
   */
  rest(path: string, shown: readonly string[], nested?: readonly string[]): Issue[];
}

const within = (path: string, prefix: string) =>
  path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);

export function issueLookup(issues: readonly Issue[]): IssueLookup {
  return {
    at(path) {
      const messages = issues.filter((issue) => issue.path === path).map((issue) => issue.message);
      return messages.length > 0 ? messages.join("; ") : undefined;
    },
    rest(path, shown, nested = []) {
      const shownPaths = new Set(shown.map((suffix) => (suffix === "" ? path : `${path}.${suffix}`)));
      const nestedPrefixes = nested.map((suffix) => `${path}.${suffix}[`);
      return issues.filter(
        (issue) =>
          within(issue.path, path) &&
          !shownPaths.has(issue.path) &&
          !nestedPrefixes.some((prefix) => issue.path.startsWith(prefix)),
      );
    },
  };
}
