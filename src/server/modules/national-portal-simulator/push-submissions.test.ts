import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { startPortalSimulator } from "./start-simulator.ts";

/** A stand-in for motcua's intake that refuses its first `failures` pushes with 503. */
async function fakeIntake(failures: number) {
  const received: { authorization: string | undefined; body: { MaHoSoQG: string } }[] = [];
  let calls = 0;
  const server = createServer(async (request: IncomingMessage, response) => {
    calls += 1;
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    if (calls <= failures) {
      response.writeHead(503).end();
      return;
    }
    received.push({
      authorization: request.headers.authorization,
      body: JSON.parse(Buffer.concat(chunks).toString()),
    });
    response.writeHead(202, { "content-type": "application/json" }).end("{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/integrations/national-portal/dossiers`,
    received,
    calls: () => calls,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe("the simulator pushes submissions to motcua (REC-10)", () => {
  it("REC-10: a submission is pushed with the bearer token, retried until a 2xx, then marked delivered", async () => {
    const intake = await fakeIntake(1);
    const simulator = await startPortalSimulator({
      username: "motcua",
      password: "motcua-gia-lap",
      intakeUrl: intake.url,
      intakeToken: "ma-thong-bao-nhan-ho-so-thu-nghiem",
    });
    try {
      const dossier = simulator.submit({ procedureCode: "1.001193" });
      await expect.poll(() => simulator.submissions()[0]?.delivered, { timeout: 5_000 }).toBe(true);
      expect(intake.calls()).toBe(2);
      expect(intake.received).toEqual([
        { authorization: "Bearer ma-thong-bao-nhan-ho-so-thu-nghiem", body: dossier },
      ]);
    } finally {
      await simulator.close();
      await intake.close();
    }
  });
});
