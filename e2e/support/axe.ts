import axe from "axe-core";
import type { Page } from "playwright-core";

/** WCAG 2.0 and 2.1, levels A and AA: what Vietnamese public portals are held to (TT 26/2020/TT-BTTTT cites WCAG). */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] as const;
const BLOCKING = new Set(["serious", "critical"]);

export interface AxeProblem {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in `page` (injected from the installed package, no network) with the WCAG 2.1 A/AA
 * rules and returns its serious and critical violations.
 */
export async function axeProblems(page: Page, { exclude = [] as string[] } = {}): Promise<AxeProblem[]> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe !== "undefined");
  if (!loaded) {
    // The app's CSP (script-src 'self') refuses an inline <script>; DevTools evaluation is not bound by it.
    await page.addScriptTag({ content: axe.source }).catch(() => page.evaluate(axe.source));
  }
  const results = await page.evaluate(
    async ({ tags, exclude }) => {
      const engine = (window as unknown as { axe: typeof import("axe-core") }).axe;
      const context =
        exclude.length > 0 ? { include: [document], exclude: exclude.map((s) => [s]) } : document;
      const run = await engine.run(context as never, {
        runOnly: { type: "tag", values: [...tags] },
        resultTypes: ["violations"],
      });
      return run.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? "",
        help: v.help,
        targets: v.nodes.map((n) => {
          const near = document
            .querySelector(String(n.target[0]))
            ?.closest("[data-testid]")
            ?.getAttribute("data-testid");
          const why = (n.failureSummary ?? "").split("\n").slice(1).join(" ").trim();
          return `${n.target.join(" ")}${near ? ` [in ${near}]` : ""} — ${why}`;
        }),
      }));
    },
    { tags: WCAG_TAGS, exclude },
  );
  return results.filter((v) => BLOCKING.has(v.impact));
}

/** One line per problem: `id (impact): help — target, target…`. */
export function formatAxeProblems(problems: readonly AxeProblem[]): string {
  return problems
    .map((p) => `${p.id} (${p.impact}): ${p.help}\n    ${p.targets.slice(0, 8).join("\n    ")}`)
    .join("\n");
}

/**
 * Fails with a readable list when `page` has a serious or critical WCAG 2.1 A/AA violation; `label`
 * names the page in the message. Exported for any browser test that wants to check its page.
 */
export async function expectNoSeriousAxeViolations(page: Page, label = page.url()): Promise<void> {
  const problems = await axeProblems(page);
  if (problems.length > 0) {
    throw new Error(
      `axe-core: ${problems.length} serious/critical violation(s) on ${label}:\n${formatAxeProblems(problems)}`,
    );
  }
}
