import type { WorkflowList, WorkflowListQuery } from "../../../contracts/workflows.ts";
import type { WorkflowDefinition } from "../../../domain/workflow/definition.ts";
import type { Db } from "../../db/database.ts";
import { staffingCheck, unstaffedSteps } from "./step-staffing.ts";
import { inUseVersionOf } from "./workflow-store.ts";

/**
 * The workflows of an agency (or of every agency, for province-wide roles), with the version in
 * use and the one being written or awaiting approval; `awaitingApproval` is the approver's inbox.
 * Each tells the steps of its version in use that nobody can do now (PRC-1: an account locked,
 * revoked or moved left a step's unit without an active officer of the step's role).
 */
export async function listWorkflows(db: Db, query: WorkflowListQuery, now: number): Promise<WorkflowList> {
  let workflows = db
    .selectFrom("workflow as w")
    .innerJoin("agency as a", "a.id", "w.agency_id")
    .innerJoin("procedure as p", "p.id", "w.procedure_id")
    .select((eb) => [
      "w.id",
      "w.procedure_id",
      "p.code as procedure_code",
      "a.id as agency_id",
      "a.code as agency_code",
      "a.name as agency_name",
      eb
        .selectFrom("procedure_version as v")
        .select("v.name")
        .whereRef("v.procedure_id", "=", "p.id")
        .orderBy((o) => o.case().when("v.status", "=", "published").then(0).else(1).end())
        .orderBy("v.version", "desc")
        .limit(1)
        .as("procedure_name"),
    ]);
  if (query.agencyId) workflows = workflows.where("w.agency_id", "=", query.agencyId);
  if (query.procedureId) workflows = workflows.where("w.procedure_id", "=", query.procedureId);
  if (query.awaitingApproval === "true") {
    workflows = workflows.where((eb) =>
      eb.exists(
        eb
          .selectFrom("workflow_version as s")
          .select("s.id")
          .whereRef("s.workflow_id", "=", "w.id")
          .where("s.status", "=", "submitted"),
      ),
    );
  }
  const rows = await workflows.orderBy("p.code").orderBy("a.code").limit(1000).execute();
  const versions =
    rows.length === 0
      ? []
      : await db
          .selectFrom("workflow_version")
          .select(["workflow_id", "version", "status", "effective_from", "definition"])
          .where(
            "workflow_id",
            "in",
            rows.map((r) => r.id),
          )
          .execute();
  const staffed = staffingCheck(db);
  return {
    items: await mapInOrder(rows, async (r) => {
      const own = versions.filter((v) => v.workflow_id === r.id);
      const open = own.find((v) => v.status !== "approved");
      const inUse = own.find((v) => v.version === inUseVersionOf(own, now));
      return {
        workflowId: r.id,
        procedureId: r.procedure_id,
        procedureCode: r.procedure_code,
        procedureName: r.procedure_name ?? "",
        agency: { id: r.agency_id, code: r.agency_code, name: r.agency_name },
        inUseVersion: inUseVersionOf(own, now),
        latestVersion: Math.max(0, ...own.map((v) => v.version)),
        openVersion: open ? { version: open.version, status: open.status } : null,
        unstaffedSteps: inUse
          ? (await unstaffedSteps(db, inUse.definition as unknown as WorkflowDefinition, staffed)).map(
              ({ path, code, message }) => ({ path, code, message }),
            )
          : [],
      };
    }),
  };
}

/** `items.map(fn)` one after the other (one database connection at a time). */
async function mapInOrder<T, U>(items: readonly T[], fn: (item: T) => Promise<U>): Promise<U[]> {
  const out: U[] = [];
  for (const item of items) out.push(await fn(item));
  return out;
}
