import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../testing/test-app.ts";
import { listeningTestApp, submitOnPortalPage } from "../national-portal-simulator/test-support.ts";

let testApp: TestApp;

beforeAll(async () => {
  ({ testApp } = await listeningTestApp());
});
afterAll(async () => {
  await testApp.close();
});

describe("REC-10: the demo, with the simulator mounted in motcua (development default)", () => {
  it("REC-10: a dossier submitted on /sim/dvcqg/nop is pushed to motcua's intake and arrives awaiting acceptance", async () => {
    const submitted = await submitOnPortalPage(testApp, {
      name: "Phạm Minh Châu",
      idNumber: "038090001234",
      email: "chau@example.vn",
    });
    expect(submitted.statusCode).toBe(303);
    const nationalCode = new URL(submitted.headers.location as string, "http://x").searchParams.get("moi");
    expect(nationalCode).toBeTruthy();
    const arrived = () =>
      testApp.database.db
        .selectFrom("dossier")
        .select(["code", "status", "channel", "applicant_name"])
        .where("national_code", "=", nationalCode)
        .executeTakeFirst();
    await expect.poll(arrived, { timeout: 10_000 }).toMatchObject({
      status: "awaiting_acceptance",
      channel: "online",
      applicant_name: "Phạm Minh Châu",
    });
    await expect
      .poll(
        () =>
          testApp.app.portalSimulator?.submissions().find((s) => s.dossier.MaHoSoQG === nationalCode)
            ?.delivered,
      )
      .toBe(true);
  });
});
