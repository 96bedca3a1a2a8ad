import { useEffect, useEffectEvent, useRef, useState } from "react";
import { type IdleTimer, type IdleView, startIdleTimer } from "./idle-timer.ts";

const ACTIVITY = ["pointerdown", "keydown", "wheel"] as const;

/**
 * While `enabled`, calls `onExpire` after `timeoutMs` without a touch, click or key anywhere on the
 * page (see idle-timer.ts). Returns the countdown and `stay()` for the "Tiếp tục" button.
 */
export function useIdleReset({
  enabled,
  timeoutMs,
  warnMs,
  onExpire,
}: {
  enabled: boolean;
  timeoutMs: number;
  warnMs: number;
  onExpire: () => void;
}): { view: IdleView | null; stay: () => void } {
  const [view, setView] = useState<IdleView | null>(null);
  const timer = useRef<IdleTimer | null>(null);
  const expire = useEffectEvent(onExpire);

  useEffect(() => {
    if (!enabled) {
      setView(null);
      return;
    }
    const started = startIdleTimer({ timeoutMs, warnMs, onTick: setView, onExpire: () => expire() });
    timer.current = started;
    const touch = () => started.touch();
    for (const name of ACTIVITY) window.addEventListener(name, touch, { passive: true });
    return () => {
      for (const name of ACTIVITY) window.removeEventListener(name, touch);
      started.stop();
      timer.current = null;
    };
  }, [enabled, timeoutMs, warnMs]);

  return { view, stay: () => timer.current?.touch() };
}
