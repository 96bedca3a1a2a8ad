/** Where "now" comes from (epoch milliseconds). Tests pass their own; the default is the system clock. */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();
