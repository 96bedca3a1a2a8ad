/**
 * The kiosk's inactivity reset (LKP-1): after `timeoutMs` without a touch or key the kiosk goes back
 * to its start screen, so the next visitor does not see the previous one's dossier. In the last
 * `warnMs` a countdown is shown with "Tiếp tục" to stay. Plain timers, no React, so that it is
 * tested with fake timers; `useIdleReset` wraps it for the page.
 */
export interface IdleView {
  /** Whole seconds left before the reset (rounded up). */
  secondsLeft: number;
  /** In the last `warnMs`: show the countdown. */
  warning: boolean;
}

export interface IdleTimerOptions {
  timeoutMs: number;
  warnMs: number;
  /** Called every second and on every change of phase. */
  onTick: (view: IdleView) => void;
  onExpire: () => void;
  now?: () => number;
}

export interface IdleTimer {
  /** Someone touched the kiosk: start counting again. */
  touch(): void;
  stop(): void;
}

/** What the countdown shows `elapsedMs` after the last activity. */
export function idleView(elapsedMs: number, timeoutMs: number, warnMs: number): IdleView {
  const leftMs = Math.max(0, timeoutMs - elapsedMs);
  return { secondsLeft: Math.ceil(leftMs / 1000), warning: leftMs <= warnMs };
}

export function startIdleTimer({
  timeoutMs,
  warnMs,
  onTick,
  onExpire,
  now = Date.now,
}: IdleTimerOptions): IdleTimer {
  let last = now();
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    const elapsed = now() - last;
    if (elapsed >= timeoutMs) {
      last = now();
      onExpire();
    }
    onTick(idleView(now() - last, timeoutMs, warnMs));
  };
  const interval = setInterval(tick, 1000);
  onTick(idleView(0, timeoutMs, warnMs));
  return {
    touch() {
      if (stopped) return;
      last = now();
      onTick(idleView(0, timeoutMs, warnMs));
    },
    stop() {
      stopped = true;
      clearInterval(interval);
    },
  };
}
