import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../testing/test-app.ts";
import { hasConsent } from "./has-consent.ts";
import { signInWithEid, TestBrowser } from "./testing/browser.ts";
import { createListeningApp, type ListeningApp } from "./testing/listening-app.ts";

let t: ListeningApp;
/** Session cookies and ids of two citizens. */
const an = { cookie: "", id: "" };
const binh = { cookie: "", id: "" };

beforeAll(async () => {
  t = await createListeningApp();
  for (const [who, identityNumber] of [
    [an, "038085012345"],
    [binh, "038192004567"],
  ] as const) {
    const browser = new TestBrowser();
    const page = await signInWithEid(browser, t.url, identityNumber);
    who.id = JSON.parse(page.body).citizen.id;
    who.cookie = `motcua_citizen=${browser.cookie("motcua_citizen")}`;
  }
});
afterAll(() => t.close());

interface Consents {
  consents: {
    purpose: string;
    granted: boolean;
    grantedAt: string | null;
    outdated: boolean;
    text: string;
  }[];
  history: { purpose: string; textVersion: string; grantedAt: string; withdrawnAt: string | null }[];
}

const read = async (cookie: string, query = ""): Promise<Consents> => {
  const response = await t.app.inject({ url: `/api/citizen/consents${query}`, headers: { cookie } });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const change = (cookie: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: "POST", url: "/api/citizen/consents", headers: { cookie }, payload });
const purpose = (c: Consents, code: string) => c.consents.find((p) => p.purpose === code);

describe("SEC-5 / REC-5: consents to reuse personal data", () => {
  it("a new citizen has consented to nothing, and is shown what each purpose means", async () => {
    const consents = await read(an.cookie);
    expect(consents.consents.map((c) => [c.purpose, c.granted])).toEqual([
      ["prefill_forms", false],
      ["reuse_documents", false],
    ]);
    expect(purpose(consents, "prefill_forms")?.text).toContain("điền sẵn các biểu mẫu");
    expect(consents.history).toEqual([]);
  });

  it("REC-5: consent is recorded, can be withdrawn and given again; the history keeps every step", async () => {
    const granted = await change(an.cookie, { purpose: "prefill_forms", granted: true });
    expect(granted.statusCode, granted.body).toBe(200);
    expect(purpose(granted.json(), "prefill_forms")).toMatchObject({
      granted: true,
      grantedAt: expect.any(String),
    });
    expect(await hasConsent(t.database.db, an.id, "prefill_forms")).toBe(true);

    // Giving it again changes nothing.
    expect(
      (await change(an.cookie, { purpose: "prefill_forms", granted: true })).json().history,
    ).toHaveLength(1);

    const withdrawn = (
      await change(an.cookie, { purpose: "prefill_forms", granted: false })
    ).json() as Consents;
    expect(purpose(withdrawn, "prefill_forms")).toMatchObject({ granted: false, grantedAt: null });
    expect(withdrawn.history).toEqual([
      expect.objectContaining({ purpose: "prefill_forms", withdrawnAt: expect.any(String) }),
    ]);
    expect(await hasConsent(t.database.db, an.id, "prefill_forms")).toBe(false);

    // Withdrawing what is not in force changes nothing either.
    expect(
      (await change(an.cookie, { purpose: "prefill_forms", granted: false })).json().history,
    ).toHaveLength(1);

    const again = (await change(an.cookie, { purpose: "prefill_forms", granted: true })).json() as Consents;
    expect(again.history).toHaveLength(2);
    expect(again.history[0]).toMatchObject({ withdrawnAt: null, textVersion: "2026-01" });
    expect(again.history[1]?.withdrawnAt).not.toBeNull();
    expect(await hasConsent(t.database.db, an.id, "prefill_forms")).toBe(true);
    expect(await hasConsent(t.database.db, an.id, "reuse_documents")).toBe(false);
    // SEC-2: each change is audited under the citizen's name.
    const audited = await t.database.db
      .selectFrom("audit_log")
      .select(["actor_kind", "actor_id", "outcome"])
      .where("action", "=", "POST /api/citizen/consents")
      .execute();
    expect(audited.length).toBeGreaterThanOrEqual(4);
    expect(audited.every((a) => a.actor_kind === "citizen" && a.actor_id === an.id)).toBe(true);
  });

  it("SEC-5: a consent given to an older text no longer counts, until given again to the current one", async () => {
    await change(an.cookie, { purpose: "reuse_documents", granted: true });
    await t.database.db
      .updateTable("citizen_consent")
      .set({ text_version: "2025-01" })
      .where("citizen_id", "=", an.id)
      .where("purpose", "=", "reuse_documents")
      .execute();
    expect(purpose(await read(an.cookie), "reuse_documents")).toMatchObject({
      granted: false,
      outdated: true,
    });
    expect(await hasConsent(t.database.db, an.id, "reuse_documents")).toBe(false);
    const renewed = (
      await change(an.cookie, { purpose: "reuse_documents", granted: true })
    ).json() as Consents;
    expect(purpose(renewed, "reuse_documents")).toMatchObject({ granted: true, outdated: false });
    const history = renewed.history.filter((h) => h.purpose === "reuse_documents");
    expect(history.map((h) => [h.textVersion, h.withdrawnAt === null])).toEqual([
      ["2026-01", true],
      ["2025-01", false],
    ]);
  });

  it("history is kept in the database: withdrawal closes a record, nothing is deleted", async () => {
    const rows = await t.database.db
      .selectFrom("citizen_consent")
      .selectAll()
      .where("citizen_id", "=", an.id)
      .where("purpose", "=", "prefill_forms")
      .orderBy("id")
      .execute();
    expect(rows).toHaveLength(2);
    expect(rows[0]?.withdrawn_at).toBeInstanceOf(Date);
    expect(rows[1]?.withdrawn_at).toBeNull();
  });

  it("refuses an unknown purpose or a malformed change with a 400 problem", async () => {
    for (const payload of [
      { purpose: "sell_to_advertisers", granted: true },
      { purpose: "prefill_forms" },
      { purpose: "prefill_forms", granted: "yes" },
    ]) {
      const response = await change(an.cookie, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().code).toBe("VALIDATION_FAILED");
    }
  });
});

describe("a citizen reaches only their own consents", () => {
  it("the citizen comes from the session only: another citizen's id in the query or the body is no way in", async () => {
    // Bình has given nothing; An's consents are not Bình's.
    expect((await read(binh.cookie)).history).toEqual([]);
    // An naming Bình in the query still reads An's own consents.
    const viaQuery = await read(an.cookie, `?citizenId=${binh.id}&citizen_id=${binh.id}&id=${binh.id}`);
    expect(viaQuery.history.length).toBeGreaterThan(0);
    expect(viaQuery).toEqual(await read(an.cookie));
    // A body naming a citizen is refused outright.
    const viaBody = await change(an.cookie, {
      purpose: "reuse_documents",
      granted: false,
      citizenId: binh.id,
    });
    expect(viaBody.statusCode).toBe(400);
    // Bình's consents are untouched by anything An did.
    expect((await read(binh.cookie)).history).toEqual([]);
    const binhRows = await t.database.db
      .selectFrom("citizen_consent")
      .select("id")
      .where("citizen_id", "=", binh.id)
      .execute();
    expect(binhRows).toEqual([]);
  });

  it("no citizen route takes a person's id from the client: no path parameter, no query or body field for one", async () => {
    const spec = (await t.app.inject({ url: "/api/docs/json" })).json() as {
      paths: Record<
        string,
        Record<string, { parameters?: { name: string; in: string }[]; requestBody?: unknown }>
      >;
    };
    const citizenPaths = Object.entries(spec.paths).filter(([path]) => path.startsWith("/api/citizen"));
    expect(citizenPaths.map(([path]) => path).sort()).toEqual([
      "/api/citizen/auth/callback",
      "/api/citizen/auth/logout",
      "/api/citizen/auth/start",
      "/api/citizen/consents",
      "/api/citizen/data-store",
      "/api/citizen/data-store/{itemId}",
      "/api/citizen/data-store/{itemId}/file",
      "/api/citizen/dossiers",
      "/api/citizen/dossiers/{dossierId}",
      "/api/citizen/dossiers/{dossierId}/files/{fileId}",
      "/api/citizen/dossiers/{dossierId}/forms/{form}",
      "/api/citizen/dossiers/{dossierId}/payments",
      "/api/citizen/dossiers/{dossierId}/payments/{paymentId}/receipt",
      "/api/citizen/dossiers/{dossierId}/rating",
      "/api/citizen/dossiers/{dossierId}/supplement",
      "/api/citizen/dossiers/{dossierId}/withdrawal",
      "/api/citizen/drafts",
      "/api/citizen/drafts/{procedureId}",
      "/api/citizen/feedback",
      "/api/citizen/files",
      "/api/citizen/me",
      "/api/citizen/prefill",
    ]);
    for (const [path, operations] of citizenPaths) {
      // The only path parameters name the citizen's own dossier, its files, forms and payments, their
      // own data-store item, or
      // the procedure of their draft, never a person.
      expect(path.replace(/\{(dossierId|fileId|form|paymentId|procedureId|itemId)\}/g, "")).not.toMatch(
        /[{:]/,
      );
      for (const operation of Object.values(operations)) {
        const names = (operation.parameters ?? []).map((p) => p.name.toLowerCase());
        expect(
          names.filter((n) => n.includes("citizen") || n === "id"),
          path,
        ).toEqual([]);
        expect(JSON.stringify(operation.requestBody ?? {}).toLowerCase(), path).not.toContain("citizen");
      }
    }
  });

  it("an officer cannot read or change a citizen's consents", async () => {
    const officer = await signInAs(t.app, "tthcc.motcua");
    expect(
      (await t.app.inject({ url: "/api/citizen/consents", headers: { cookie: officer } })).statusCode,
    ).toBe(401);
    const response = await change(officer, { purpose: "prefill_forms", granted: false });
    expect(response.statusCode).toBe(401);
    expect(await hasConsent(t.database.db, an.id, "prefill_forms")).toBe(true);
  });
});
