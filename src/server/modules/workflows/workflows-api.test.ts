import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PublicWorkflows, WorkflowVersionDetail } from "../../../contracts/workflows.ts";
import type { WorkflowDefinitionInput, WorkflowRole } from "../../../domain/workflow/definition.ts";
import { createTestApp, signInAs, type TestApp } from "../../testing/test-app.ts";
import { getWorkflowInUse } from "./get-workflow-in-use.ts";
import { getWorkflowVersion } from "./get-workflow-version.ts";

let t: TestApp;
const cookie: Record<string, string> = {};
const procedure: Record<string, string> = {};
const agency: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const users = [
    "kstthc",
    "vanhanh",
    "tuphap.giamdoc",
    "tuphap.truongphong",
    "tuphap.chuyenvien",
    "xaydung.giamdoc",
    "hacthanh.chutich",
  ];
  await Promise.all(
    users.map(async (u) => {
      cookie[u] = await signInAs(t.app, u);
    }),
  );
  for (const p of await t.database.db.selectFrom("procedure").select(["id", "code"]).execute())
    procedure[p.code] = p.id;
  for (const a of await t.database.db.selectFrom("agency").select(["id", "code"]).execute())
    agency[a.code] = a.id;
});
afterAll(() => t.close());

const TU_PHAP = "000.00.06.H56";
const HAC_THANH = "000.00.51.H56";
const LAWYERS = "1.002079"; // 10 working days at Sở Tư pháp; v1 approved, v2 awaiting approval
const versions = (code: string, agencyCode: string, rest = "") =>
  `/api/admin/workflows/procedures/${procedure[code]}/agencies/${agency[agencyCode]}/versions${rest}`;
const as = (user: string) => ({ cookie: cookie[user] as string });

const id = (code: string) => agency[code] as string;
const days = (amount: number) => ({ amount, unit: "working_days" as const });
/** A task step done in the unit of `unitCode`, taking `amount` working days. */
const task = (key: string, name: string, unitCode: string, role: WorkflowRole, amount: number) => ({
  kind: "task" as const,
  key,
  name,
  unitId: id(unitCode),
  role,
  duration: days(amount),
});

/** 0,5 + review + 1 + 1 + 0,5 working days at Sở Tư pháp. */
function lawyersWorkflow(review: number): WorkflowDefinitionInput {
  return {
    schemaVersion: 1,
    steps: [
      task("tiep-nhan", "Tiếp nhận", "000.00.40.H56", "one_stop_officer", 0.5),
      task("tham-dinh", "Thẩm định", "000.02.06.H56", "specialist", review),
      task("truong-phong", "Lãnh đạo phòng", "000.02.06.H56", "unit_head", 1),
      task("ky-duyet", "Lãnh đạo Sở ký", TU_PHAP, "agency_leader", 1),
      task("tra-ket-qua", "Trả kết quả", "000.00.40.H56", "one_stop_officer", 0.5),
    ],
  };
}

describe("the public view of workflows (PRC-1)", () => {
  it("PRC-1: the procedure page shows the approved workflow in use: steps, units, durations, total", async () => {
    const response = await t.app.inject({ url: `/api/workflows/procedures/${procedure[LAWYERS]}` });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as PublicWorkflows;
    expect(body.workflows).toHaveLength(1);
    const [workflow] = body.workflows;
    expect(workflow).toMatchObject({
      agency: { code: TU_PHAP, name: "Sở Tư pháp" },
      version: 1,
      totalText: "9 ngày làm việc",
      statutoryText: "10 ngày làm việc",
    });
    expect(workflow?.steps.map((s) => [s.name, s.unit?.name, s.duration.amount])).toEqual([
      ["Tiếp nhận hồ sơ, chuyển Sở Tư pháp", "Trung tâm Phục vụ hành chính công tỉnh", 0.5],
      ["Thẩm định hồ sơ, dự thảo kết quả", "Phòng Bổ trợ tư pháp", 6],
      ["Lãnh đạo phòng xem xét, trình ký", "Phòng Bổ trợ tư pháp", 1],
      ["Lãnh đạo Sở ký Giấy đăng ký hoạt động", "Sở Tư pháp", 1],
      ["Trả kết quả", "Trung tâm Phục vụ hành chính công tỉnh", 0.5],
    ]);
    expect(workflow?.steps[1]).toMatchObject({
      role: "specialist",
      roleName: "Chuyên viên",
      next: ["truong-phong"],
    });
  });

  it("PRC-4: a transfer to another agency shows that agency and its own steps", async () => {
    const body = (
      await t.app.inject({ url: `/api/workflows/procedures/${procedure["1.012753"]}` })
    ).json() as PublicWorkflows;
    const steps = body.workflows[0]?.steps ?? [];
    expect(steps[1]?.next).toEqual(["lien-thong-xa", "tham-dinh"]);
    expect(steps[2]).toMatchObject({
      kind: "transfer",
      unit: null,
      duration: { amount: 5, unit: "working_days" },
      transfer: { agency: { name: "UBND phường Hạc Thành" } },
    });
    expect(steps[2]?.transfer?.steps.map((s) => s.unit.name)).toEqual([
      "Phòng Kinh tế, Hạ tầng và Đô thị",
      "UBND phường Hạc Thành",
    ]);
    expect(body.workflows[0]?.totalText).toBe("19 ngày làm việc");
  });

  it("CAL-8/CAL-5: same-day procedures count hours, calendar-day procedures calendar days", async () => {
    const birth = (await t.app.inject({ url: `/api/workflows/procedures/${procedure["1.001193"]}` })).json();
    expect(birth.workflows[0]).toMatchObject({
      totalText: "2 giờ làm việc",
      statutoryText: "trong ngày làm việc (hồ sơ nhận trước 15:00 còn 2 giờ làm việc đến hết giờ làm việc)",
    });
    const permit = (await t.app.inject({ url: `/api/workflows/procedures/${procedure["1.013225"]}` })).json();
    expect(permit.workflows[0]).toMatchObject({ totalText: "20 ngày", statutoryText: "20 ngày" });
  });
});

describe("versioning and approval (PRC-1)", () => {
  it("PRC-1: the approver's inbox lists the version awaiting approval; v1 is in use meanwhile", async () => {
    const inbox = await t.app.inject({
      url: `/api/admin/workflows?agencyId=${agency[TU_PHAP]}&awaitingApproval=true`,
      headers: as("kstthc"),
    });
    expect(inbox.statusCode, inbox.body).toBe(200);
    expect(inbox.json().items).toEqual([
      expect.objectContaining({
        procedureCode: LAWYERS,
        inUseVersion: 1,
        openVersion: { version: 2, status: "submitted" },
      }),
    ]);
    const list = (await t.app.inject({ url: versions(LAWYERS, TU_PHAP), headers: as("vanhanh") })).json();
    expect(list.versions.map((v: { version: number; state: string }) => [v.version, v.state])).toEqual([
      [2, "submitted"],
      [1, "in_use"],
    ]);
  });

  it("PRC-1: nobody starts another version while one awaits approval", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: versions(LAWYERS, TU_PHAP),
      headers: as("tuphap.giamdoc"),
      payload: { definition: lawyersWorkflow(6) },
    });
    expect([response.statusCode, response.json().code]).toEqual([409, "WORKFLOW_OPEN_VERSION_EXISTS"]);
  });

  it("PRC-1: the author cannot approve their own version; a unit head cannot approve at all", async () => {
    const own = await t.app.inject({
      method: "POST",
      url: versions(LAWYERS, TU_PHAP, "/2/approve"),
      headers: as("tuphap.giamdoc"),
      payload: {},
    });
    expect([own.statusCode, own.json().code]).toEqual([403, "WORKFLOW_SELF_APPROVAL"]);
    const head = await t.app.inject({
      method: "POST",
      url: versions(LAWYERS, TU_PHAP, "/2/approve"),
      headers: as("tuphap.truongphong"),
      payload: {},
    });
    expect(head.statusCode).toBe(403);
  });

  it("PRC-1: a returned version is a draft again, with the reason in its history", async () => {
    const returned = await t.app.inject({
      method: "POST",
      url: versions(LAWYERS, TU_PHAP, "/2/return"),
      headers: as("kstthc"),
      payload: { reason: "Bổ sung căn cứ quyết định phê duyệt quy trình nội bộ." },
    });
    expect(returned.statusCode, returned.body).toBe(200);
    const detail = returned.json() as WorkflowVersionDetail;
    expect([detail.status, detail.submittedAt]).toEqual(["draft", null]);
    expect(detail.history.map((h) => [h.action, h.by, h.note])).toEqual([
      ["created", "Trần Văn Minh", null],
      ["submitted", "Trần Văn Minh", null],
      ["returned", "Lê Thị Kiểm", "Bổ sung căn cứ quyết định phê duyệt quy trình nội bộ."],
    ]);
  });

  it("PRC-1: steps longer than the statutory time are refused (422) stating both totals, and nothing changes", async () => {
    const response = await t.app.inject({
      method: "PUT",
      url: versions(LAWYERS, TU_PHAP, "/2"),
      headers: as("tuphap.giamdoc"),
      payload: { definition: lawyersWorkflow(8), revision: 1 },
    });
    expect(response.statusCode, response.body).toBe(422);
    expect(response.json()).toMatchObject({
      code: "WORKFLOW_TOO_LONG",
      rule: "PRC-1",
      detail: "Tổng thời gian các bước 11 ngày làm việc vượt thời hạn giải quyết 10 ngày làm việc (PRC-1).",
      errors: [{ path: "steps", code: "WORKFLOW_TOO_LONG" }],
    });
    const detail = (
      await t.app.inject({ url: versions(LAWYERS, TU_PHAP, "/2"), headers: as("kstthc") })
    ).json();
    expect(detail.revision).toBe(1);
    expect(detail.definition.steps[1].duration.amount).toBe(5);
  });

  it("PRC-1: every problem of a workflow comes back with its path", async () => {
    const bad = lawyersWorkflow(5) as { steps: Record<string, unknown>[] };
    (bad.steps[1] as Record<string, unknown>).role = "clerk";
    (bad.steps[2] as Record<string, unknown>).next = ["tham-dinh"];
    const schema = await t.app.inject({
      method: "PUT",
      url: versions(LAWYERS, TU_PHAP, "/2"),
      headers: as("tuphap.giamdoc"),
      payload: { definition: bad, revision: 1 },
    });
    expect(schema.statusCode).toBe(422);
    expect(schema.json().errors.map((e: { path: string; code: string }) => [e.path, e.code])).toEqual([
      ["steps[1].role", "INVALID_VALUE"],
    ]);
    const flow = lawyersWorkflow(5) as { steps: Record<string, unknown>[] };
    (flow.steps[2] as Record<string, unknown>).next = ["tham-dinh"];
    (flow.steps[3] as Record<string, unknown>).unitId = "6f1d2c3b-0000-4000-8000-000000000000";
    const backward = await t.app.inject({
      method: "PUT",
      url: versions(LAWYERS, TU_PHAP, "/2"),
      headers: as("tuphap.giamdoc"),
      payload: { definition: flow, revision: 1 },
    });
    expect(backward.json().errors.map((e: { path: string; code: string }) => [e.path, e.code])).toEqual([
      ["steps[2].next[0]", "WORKFLOW_BACKWARD_STEP"],
    ]);
    (flow.steps[2] as Record<string, unknown>).next = undefined;
    const unit = await t.app.inject({
      method: "PUT",
      url: versions(LAWYERS, TU_PHAP, "/2"),
      headers: as("tuphap.giamdoc"),
      payload: { definition: flow, revision: 1 },
    });
    expect(unit.json().errors).toEqual([
      {
        path: "steps[3].unitId",
        code: "WORKFLOW_UNIT_NOT_FOUND",
        message: "Không có cơ quan, đơn vị này trong cây tổ chức.",
      },
    ]);
  });

  it("PRC-1: edit with the revision, resubmit, approve by another officer; v1 stays retrievable after v2 is in use", async () => {
    const edited = await t.app.inject({
      method: "PUT",
      url: versions(LAWYERS, TU_PHAP, "/2"),
      headers: as("tuphap.giamdoc"),
      payload: { definition: { ...lawyersWorkflow(5.5), basis: "Quyết định số 99/QĐ-UBND" }, revision: 1 },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ revision: 2, total: { text: "8,5 ngày làm việc" } });
    const stale = await t.app.inject({
      method: "PUT",
      url: versions(LAWYERS, TU_PHAP, "/2"),
      headers: as("tuphap.giamdoc"),
      payload: { definition: lawyersWorkflow(5), revision: 1 },
    });
    expect([stale.statusCode, stale.json().code]).toEqual([409, "WORKFLOW_DRAFT_CHANGED"]);

    const submitted = await t.app.inject({
      method: "POST",
      url: versions(LAWYERS, TU_PHAP, "/2/submit"),
      headers: as("tuphap.giamdoc"),
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const beforeApproval = Date.now();
    const approved = await t.app.inject({
      method: "POST",
      url: versions(LAWYERS, TU_PHAP, "/2/approve"),
      headers: as("kstthc"),
      payload: { note: "Phù hợp quy trình nội bộ đã phê duyệt." },
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: "approved", state: "in_use", approvedBy: "Lê Thị Kiểm" });

    const list = (await t.app.inject({ url: versions(LAWYERS, TU_PHAP), headers: as("kstthc") })).json();
    expect(list.versions.map((v: { version: number; state: string }) => [v.version, v.state])).toEqual([
      [2, "in_use"],
      [1, "superseded"],
    ]);
    const v1 = await getWorkflowVersion(t.database.db, list.workflowId, 1);
    expect(v1?.definition.steps[1]?.duration).toEqual({ amount: 6, unit: "working_days" });
    expect(v1?.statutory).toMatchObject({ amount: 10, unit: "working_days" });
    const db = t.database.db;
    expect(
      (await getWorkflowInUse(db, procedure[LAWYERS] as string, agency[TU_PHAP] as string, Date.now()))
        ?.version,
    ).toBe(2);
    expect(
      (
        await getWorkflowInUse(
          db,
          procedure[LAWYERS] as string,
          agency[TU_PHAP] as string,
          beforeApproval - 1,
        )
      )?.version,
    ).toBe(1);
    const shown = (await t.app.inject({ url: `/api/workflows/procedures/${procedure[LAWYERS]}` })).json();
    expect([shown.workflows[0].version, shown.workflows[0].totalText]).toEqual([2, "8,5 ngày làm việc"]);
  });

  it("PRC-1: an approval may take effect later (scheduled), never in the past; approved versions never change", async () => {
    const created = await t.app.inject({
      method: "POST",
      url: versions(LAWYERS, TU_PHAP),
      headers: as("tuphap.giamdoc"),
      payload: { definition: lawyersWorkflow(6) },
    });
    expect(created.statusCode, created.body).toBe(201);
    await t.app.inject({
      method: "POST",
      url: versions(LAWYERS, TU_PHAP, "/3/submit"),
      headers: as("tuphap.giamdoc"),
    });
    // The database itself refuses an approval by the officer who submitted.
    await expect(
      sql`UPDATE workflow_version SET status = 'approved', approved_at = now(), effective_from = now(),
            approved_by = submitted_by WHERE status = 'submitted'`.execute(t.database.db),
    ).rejects.toThrow(/check constraint/);
    const past = await t.app.inject({
      method: "POST",
      url: versions(LAWYERS, TU_PHAP, "/3/approve"),
      headers: as("kstthc"),
      payload: { effectiveFrom: "2026-01-01T00:00:00+07:00" },
    });
    expect([past.statusCode, past.json().code]).toEqual([422, "WORKFLOW_EFFECTIVE_IN_PAST"]);
    const later = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const scheduled = await t.app.inject({
      method: "POST",
      url: versions(LAWYERS, TU_PHAP, "/3/approve"),
      headers: as("kstthc"),
      payload: { effectiveFrom: later },
    });
    expect(scheduled.json()).toMatchObject({ state: "scheduled", effectiveFrom: later });
    const shown = (await t.app.inject({ url: `/api/workflows/procedures/${procedure[LAWYERS]}` })).json();
    expect(shown.workflows[0].version).toBe(2);

    const again = await t.app.inject({
      method: "PUT",
      url: versions(LAWYERS, TU_PHAP, "/3"),
      headers: as("tuphap.giamdoc"),
      payload: { definition: lawyersWorkflow(5), revision: 1 },
    });
    expect([again.statusCode, again.json().code]).toEqual([409, "WORKFLOW_VERSION_STATUS"]);
    await expect(
      sql`UPDATE workflow_version SET definition = '{}' WHERE status = 'approved'`.execute(t.database.db),
    ).rejects.toThrow(/approved and cannot change/);
  });

  it("PRC-1: a commune writes its own workflow, and procedure control approves it", async () => {
    const marriage: WorkflowDefinitionInput = {
      schemaVersion: 1,
      steps: [
        task("tiep-nhan", "Tiếp nhận", "000.01.51.H56", "one_stop_officer", 0.5),
        task("xac-minh", "Xác minh", "000.02.51.H56", "specialist", 3),
        task("ky", "Chủ tịch ký", HAC_THANH, "agency_leader", 1),
        task("tra", "Trao Giấy chứng nhận kết hôn", "000.01.51.H56", "one_stop_officer", 0.5),
      ],
    };
    const created = await t.app.inject({
      method: "POST",
      url: versions("1.000894", HAC_THANH),
      headers: as("hacthanh.chutich"),
      payload: { definition: marriage },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      version: 1,
      state: "draft",
      statutory: { amount: 5, unit: "working_days", sameDayCutoff: null },
      total: { text: "5 ngày làm việc", budgetText: "5 ngày làm việc" },
      agencies: { [id(HAC_THANH)]: "UBND phường Hạc Thành" },
    });
    await t.app.inject({
      method: "POST",
      url: versions("1.000894", HAC_THANH, "/1/submit"),
      headers: as("hacthanh.chutich"),
    });
    const self = await t.app.inject({
      method: "POST",
      url: versions("1.000894", HAC_THANH, "/1/approve"),
      headers: as("hacthanh.chutich"),
      payload: {},
    });
    expect(self.statusCode).toBe(403);
    const approved = await t.app.inject({
      method: "POST",
      url: versions("1.000894", HAC_THANH, "/1/approve"),
      headers: as("kstthc"),
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().state).toBe("in_use");
  });

  it("CAL-5/PRC-4: the agency tree and the kind of time are checked", async () => {
    const permit = await t.app.inject({
      method: "POST",
      url: versions("1.013225", "000.00.52.H56"),
      headers: as("kstthc"),
      payload: {
        definition: {
          schemaVersion: 1,
          steps: [task("a", "Thẩm định", "000.01.52.H56", "specialist", 10)],
        },
      },
    });
    expect(permit.statusCode).toBe(422);
    expect(permit.json().errors).toMatchObject([
      { path: "steps[0].duration.unit", code: "WORKFLOW_DURATION_UNIT" },
    ]);

    const transfer = await t.app.inject({
      method: "POST",
      url: versions("1.012753", "000.01.09.H56"),
      headers: as("kstthc"),
      payload: {
        definition: {
          schemaVersion: 1,
          steps: [
            task("a", "Tiếp nhận", "000.00.40.H56", "one_stop_officer", 1),
            {
              kind: "transfer",
              key: "b",
              name: "Liên thông",
              agencyId: id("000.01.09.H56"),
              duration: days(5),
              steps: [task("c", "Xử lý", "000.01.07.H56", "specialist", 2)],
            },
          ],
        },
      },
    });
    expect(transfer.statusCode).toBe(422);
    expect(transfer.json()).toMatchObject({ rule: "PRC-4" });
    expect(transfer.json().errors.map((e: { path: string; code: string }) => [e.path, e.code])).toEqual([
      ["steps[1].agencyId", "WORKFLOW_TRANSFER_SAME_AGENCY"],
      ["steps[1].steps[0].unitId", "WORKFLOW_UNIT_OUTSIDE_TRANSFER"],
    ]);

    const notOffered = await t.app.inject({
      method: "POST",
      url: versions(LAWYERS, "000.00.07.H56"),
      headers: as("kstthc"),
      payload: { definition: lawyersWorkflow(5) },
    });
    expect([notOffered.statusCode, notOffered.json().code]).toEqual([422, "WORKFLOW_AGENCY_NOT_OFFERING"]);
  });

  it("authorization: anonymous 401, wrong role 403, out-of-scope agency 403, the operator only reads", async () => {
    const body = { definition: lawyersWorkflow(5) };
    const post = (user?: string, agencyCode = TU_PHAP) =>
      t.app.inject({
        method: "POST",
        url: versions("1.003198", agencyCode),
        ...(user ? { headers: as(user) } : {}),
        payload: body,
      });
    expect((await post()).statusCode).toBe(401);
    expect((await post("tuphap.chuyenvien")).statusCode).toBe(403);
    expect((await post("xaydung.giamdoc")).statusCode).toBe(403);
    expect((await post("vanhanh")).statusCode).toBe(403);
    const read = await t.app.inject({ url: versions("1.003198", TU_PHAP, "/1"), headers: as("vanhanh") });
    expect(read.statusCode).toBe(200);
    const outside = await t.app.inject({ url: versions(LAWYERS, TU_PHAP), headers: as("xaydung.giamdoc") });
    expect(outside.statusCode).toBe(403);
    const list = await t.app.inject({ url: "/api/admin/workflows", headers: as("tuphap.giamdoc") });
    expect(list.statusCode).toBe(403);
  });
});
