import { createServer } from "node:net";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { PORTAL_SIMULATOR_PREFIX } from "./mount.ts";

/** Test harness of the simulator mounted in motcua (not used by production code). */

/** A port nobody listens on now, so PUBLIC_URL can name it before the app listens. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The app listening at its PUBLIC_URL, as in development: the simulator it mounts (at /sim/dvcqg)
 * pushes citizens' submissions to that address.
 */
export async function listeningTestApp(): Promise<{ testApp: TestApp; publicUrl: string }> {
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const testApp = await createTestApp({ PUBLIC_URL: publicUrl, NODE_ENV: "test" });
  await testApp.app.listen({ port, host: "127.0.0.1" });
  return { testApp, publicUrl };
}

/**
 * A citizen's submission on the mounted simulator's page (`/sim/dvcqg/nop`) as its form posts it:
 * birth registration (1.001193), signed in with VNeID, the result by post; `fields` add or replace.
 */
export function submitOnPortalPage(testApp: TestApp, fields: Record<string, string>) {
  return testApp.app.inject({
    method: "POST",
    url: `${PORTAL_SIMULATOR_PREFIX}/nop`,
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: new URLSearchParams({
      procedureCode: "1.001193",
      phone: "0912345678",
      verified: "1",
      resultDelivery: "3",
      ...fields,
    }).toString(),
  });
}
