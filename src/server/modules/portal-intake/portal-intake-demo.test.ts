import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { PORTAL_SIMULATOR_PREFIX } from "../national-portal-simulator/mount.ts";

/** A port nobody listens on now, so PUBLIC_URL can name it before the app listens. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let testApp: TestApp;

beforeAll(async () => {
  const port = await freePort();
  testApp = await createTestApp({ PUBLIC_URL: `http://127.0.0.1:${port}`, NODE_ENV: "test" });
  await testApp.app.listen({ port, host: "127.0.0.1" });
});
afterAll(async () => {
  await testApp.close();
});

describe("REC-10: the demo, with the simulator mounted in motcua (development default)", () => {
  it("REC-10: a dossier submitted on /sim/dvcqg/nop is pushed to motcua's intake and arrives awaiting acceptance", async () => {
    const submitted = await testApp.app.inject({
      method: "POST",
      url: `${PORTAL_SIMULATOR_PREFIX}/nop`,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({
        procedureCode: "1.001193",
        name: "Phạm Minh Châu",
        idNumber: "038090001234",
        phone: "0912345678",
        email: "chau@example.vn",
        verified: "1",
        resultDelivery: "3",
      }).toString(),
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
