import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DossierView } from "../../../contracts/dossiers.ts";
import {
  adoptionReceptionIds,
  call,
  counterReception,
  createDossierTestApp,
  DAY,
  type DossierTestApp,
  dossierInProcessing,
  HOUR,
  issueCommand,
  nextWorkingMorning,
  officerCookies,
} from "./test-support.ts";

let t: DossierTestApp;
let cookies: Record<string, string>;

beforeAll(async () => {
  t = await createDossierTestApp(0);
  t.clock.set((await nextWorkingMorning(t.db)) + HOUR);
  cookies = await officerCookies(t.app, ["tthcc.motcua", "tuphap.chuyenvien", "tuphap.giamdoc"]);
});
afterAll(() => t.close());

const view = async (id: string) =>
  (await call(t.app, cookies["tuphap.giamdoc"], "GET", `/api/dossiers/${id}`)).body as DossierView;

describe("the apology moves the appointment only (PRC-7)", () => {
  it("PRC-7: after an apology the view keeps the statutory due; past it the clock says overdue, before the new appointment", async () => {
    const handed = await dossierInProcessing(t, cookies["tthcc.motcua"]);
    const due = handed.clock.due as string;
    const newAppointment = new Date(Date.parse(due) + 10 * DAY).toISOString();
    const apologised = await issueCommand(t, cookies["tuphap.chuyenvien"], handed, "issue_apology", {
      reason: "Chờ kết quả xác minh của cơ quan công an",
      newDue: newAppointment,
    });
    expect(apologised.clock).toMatchObject({ due, appointment: newAppointment, apologised: true });
    t.clock.set(Date.parse(due) + DAY);
    const later = await view(handed.id);
    expect(later.clock).toMatchObject({
      due,
      appointment: newAppointment,
      overdue: true,
      timeClass: "overdue",
    });
  });

  it("PRC-7: the one-stop is neither offered nor allowed the apology, before or after the hand-over (the processing agency issues it)", async () => {
    const ids = await adoptionReceptionIds(t.db);
    const received = await call(
      t.app,
      cookies["tthcc.motcua"],
      "POST",
      "/api/dossiers",
      counterReception(ids),
    );
    const handed = await dossierInProcessing(t, cookies["tthcc.motcua"]);
    for (const dossier of [received.body.dossier as DossierView, handed]) {
      const seen = await call(t.app, cookies["tthcc.motcua"], "GET", `/api/dossiers/${dossier.id}`);
      expect(seen.body.allowedCommands.map((c: { command: string }) => c.command)).not.toContain(
        "issue_apology",
      );
      const refused = await call(
        t.app,
        cookies["tthcc.motcua"],
        "POST",
        `/api/dossiers/${dossier.id}/issue-apology`,
        {
          expectedVersion: dossier.version,
          reason: "Chậm",
          newDue: new Date(Date.parse(dossier.clock.due as string) + 5 * DAY).toISOString(),
        },
      );
      expect(refused.status, JSON.stringify(refused.body)).toBe(422);
      expect(refused.body.rule).toBe("PRC-7");
    }
  });
});
