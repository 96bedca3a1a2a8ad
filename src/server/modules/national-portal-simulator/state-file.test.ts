import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPortalClient } from "../national-portal/portal-client.ts";
import { portalDate, SERVICES } from "../national-portal/wire.ts";
import { startPortalSimulator } from "./start-simulator.ts";

const CREDENTIALS = { username: "motcua", password: "motcua-gia-lap", agencyCode: "000.00.00.H56" };
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "motcua-portal-sim-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("the simulator's state file (INT-1, REC-10)", () => {
  it("INT-1: dossiers, submissions and spent idempotency keys survive a restart; the file is replaced whole", async () => {
    const stateFile = path.join(folder, "state", "national-portal-sim.json");
    const first = await startPortalSimulator({ ...CREDENTIALS, stateFile });
    const record = {
      MaHoSo: "000.00.51.H56-261207-0001",
      TrangThaiHoSo: 2,
      NgayTiepNhan: portalDate(Date.now()),
    };
    const insert = (url: string) =>
      createPortalClient({ baseUrl: url, timeoutMs: 1_000, ...CREDENTIALS }).call(
        SERVICES.syncDossiers,
        { isUpdating: "false", data: [record] },
        { idempotencyKey: "khoa-truoc-khi-tat" },
      );
    await insert(first.url);
    const submitted = first.submit({ procedureCode: "1.001193" });
    await first.close();
    expect(await readdir(path.dirname(stateFile))).toEqual(["national-portal-sim.json"]);

    const second = await startPortalSimulator({ ...CREDENTIALS, stateFile });
    try {
      expect(second.dossiers().get(record.MaHoSo)?.record.TrangThaiHoSo).toBe(2);
      expect(second.submissions().map((s) => s.dossier.MaHoSoQG)).toEqual([submitted.MaHoSoQG]);
      expect((await insert(second.url)).error_code).toBe("0");
      expect(second.effectsByKey().get("khoa-truoc-khi-tat")).toBe(1);
      expect(second.submit({ procedureCode: "1.001193" }).SoThuTu).toBe(submitted.SoThuTu + 1);
      const file = await fetch(
        `${second.root}/files/${submitted.TaiLieuNop[0]?.DuongDanTaiTepTin.split("/").at(-1)}`,
      );
      expect(file.status).toBe(200);
    } finally {
      await second.close();
    }
  });
});
