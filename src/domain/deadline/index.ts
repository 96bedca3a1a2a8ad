export * from "./add.ts";
export * from "./clock.ts";
export * from "./duration.ts";
export * from "./elapsed.ts";
