/**
 * A small in-process cache of public answers (RPT-6), keyed by the query: the answers are
 * aggregates anyone may read, so sharing them between callers discloses nothing. Bounded in
 * entries (the oldest goes first) and in age, so a close or a new dossier shows within `ttlMs`.
 * Each app instance has its own; nothing relies on it for correctness.
 */
export interface AnswerCache<T> {
  get(key: string, compute: () => Promise<T>): Promise<T>;
}

export function answerCache<T>(options: {
  maxEntries: number;
  ttlMs: number;
  now?: () => number;
}): AnswerCache<T> {
  const now = options.now ?? Date.now;
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  return {
    async get(key, compute) {
      const hit = entries.get(key);
      if (hit && now() - hit.at < options.ttlMs) return hit.value;
      entries.delete(key);
      const value = compute();
      entries.set(key, { at: now(), value });
      while (entries.size > options.maxEntries) entries.delete(entries.keys().next().value as string);
      // A failure (bad period, unknown agency) is not kept.
      value.catch(() => entries.get(key)?.value === value && entries.delete(key));
      return value;
    },
  };
}
