import type { vi } from "./vi/index.ts";

/** The shape a translation must fill: the same keys as the Vietnamese `T`, any text. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** The shape every language must fill: same keys as Vietnamese, any text. */
export type Messages = Shape<typeof vi>;
