/** A string carried in react-router's location state (`from`, `notice`), or null. */
export function stateValue(state: unknown, key: "from" | "notice"): string | null {
  const value =
    typeof state === "object" && state !== null && key in state
      ? (state as Record<string, unknown>)[key]
      : null;
  return typeof value === "string" ? value : null;
}

/** Where to go once done: the officer page that sent the visitor here (same origin only), else `fallback`. */
export function returnPath(state: unknown, fallback = "/can-bo"): string {
  const from = stateValue(state, "from");
  return from?.startsWith("/") && !from.startsWith("//") ? from : fallback;
}
