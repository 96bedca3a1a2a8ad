import { useCallback, useEffect, useEffectEvent, useState } from "react";

export interface Fetched<T> {
  /** The answer for the current `key`; kept while a `reload()` of the same key is on its way. */
  data: T | null;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads `load()` whenever `key` changes (data of another key is never shown), and again on
 * `reload()`; a newer request aborts the older one.
 */
export function useFetched<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Fetched<T> {
  const [result, setResult] = useState<{ key: string; data: T | null; error: unknown } | null>(null);
  const [loading, setLoading] = useState(true);
  const [attempt, setAttempt] = useState(0);
  const run = useEffectEvent((signal: AbortSignal) => load(signal));

  useEffect(() => {
    // `attempt` is read so that reload() re-runs the effect.
    void attempt;
    const controller = new AbortController();
    setLoading(true);
    run(controller.signal).then(
      (data) => {
        setResult({ key, data, error: null });
        setLoading(false);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setResult({ key, data: null, error });
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const current = result?.key === key ? result : null;
  return { data: current?.data ?? null, error: current?.error ?? null, loading, reload };
}
