export * from "./address.ts";
export * from "./date-bounds.ts";
export * from "./definition.ts";
export * from "./issues.ts";
export * from "./validate-definition.ts";
export * from "./validate-submission.ts";
export * from "./vn-identifiers.ts";
