import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type IdleView, idleView, startIdleTimer } from "./idle-timer.ts";

describe("idleView", () => {
  it("LKP-1: counts down whole seconds and warns only in the last 10 s", () => {
    expect(idleView(0, 60_000, 10_000)).toEqual({ secondsLeft: 60, warning: false });
    expect(idleView(49_999, 60_000, 10_000)).toEqual({ secondsLeft: 11, warning: false });
    expect(idleView(50_000, 60_000, 10_000)).toEqual({ secondsLeft: 10, warning: true });
    expect(idleView(59_001, 60_000, 10_000)).toEqual({ secondsLeft: 1, warning: true });
    expect(idleView(75_000, 60_000, 10_000)).toEqual({ secondsLeft: 0, warning: true });
  });
});

describe("startIdleTimer", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function start() {
    const views: IdleView[] = [];
    const onExpire = vi.fn();
    const timer = startIdleTimer({
      timeoutMs: 60_000,
      warnMs: 10_000,
      onTick: (view) => views.push(view),
      onExpire,
    });
    return { timer, onExpire, last: () => views.at(-1) };
  }

  it("LKP-1: resets the kiosk after 60 s without activity, with a countdown in the last 10 s", () => {
    const { timer, onExpire, last } = start();
    expect(last()).toEqual({ secondsLeft: 60, warning: false });
    vi.advanceTimersByTime(49_000);
    expect(last()).toEqual({ secondsLeft: 11, warning: false });
    vi.advanceTimersByTime(1_000);
    expect(last()).toEqual({ secondsLeft: 10, warning: true });
    vi.advanceTimersByTime(9_000);
    expect(onExpire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(onExpire).toHaveBeenCalledTimes(1);
    // After the reset it counts again from the start, not once a second.
    expect(last()).toEqual({ secondsLeft: 60, warning: false });
    vi.advanceTimersByTime(30_000);
    expect(onExpire).toHaveBeenCalledTimes(1);
    timer.stop();
  });

  it("LKP-1: a touch (or 'Tiếp tục') starts the count again; a stopped timer does nothing", () => {
    const { timer, onExpire, last } = start();
    vi.advanceTimersByTime(55_000);
    expect(last()?.warning).toBe(true);
    timer.touch();
    expect(last()).toEqual({ secondsLeft: 60, warning: false });
    vi.advanceTimersByTime(59_000);
    expect(onExpire).not.toHaveBeenCalled();
    timer.stop();
    vi.advanceTimersByTime(120_000);
    expect(onExpire).not.toHaveBeenCalled();
  });
});
