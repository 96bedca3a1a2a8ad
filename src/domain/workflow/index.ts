export * from "./definition.ts";
export * from "./validate-workflow.ts";
