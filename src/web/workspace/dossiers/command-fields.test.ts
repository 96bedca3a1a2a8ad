import { describe, expect, it } from "vitest";
import { DOSSIER_COMMANDS, type DossierCommandType } from "../../../contracts/dossiers.ts";
import { buildCommandBody, commandFields, FIELD_KINDS, initialValues } from "./command-fields.ts";

const commands = Object.keys(DOSSIER_COMMANDS) as DossierCommandType[];
const MISSING = "Bắt buộc";

describe("the command forms of the dossier page", () => {
  it("knows how to ask for every field of every command body", () => {
    for (const command of commands) {
      const shape = DOSSIER_COMMANDS[command].body.shape as Record<string, unknown>;
      const asked = new Set(commandFields(command).map((field) => field.name));
      for (const name of Object.keys(shape)) {
        if (name === "expectedVersion" || asked.has(name)) continue;
        expect(FIELD_KINDS[name], `${command}.${name}`).toBeNull();
      }
    }
  });

  it("PRC-6: a correction request needs a reason and its items, one per line", () => {
    const fields = commandFields("request_correction");
    expect(fields.map((f) => [f.name, f.kind, f.required])).toEqual([
      ["reason", "longText", true],
      ["items", "lines", true],
    ]);
    const empty = buildCommandBody("request_correction", fields, initialValues(fields), 3, MISSING);
    expect(empty).toEqual({ ok: false, errors: { reason: MISSING, items: MISSING } });
    const filled = buildCommandBody(
      "request_correction",
      fields,
      { reason: " Thiếu chữ ký ", items: "Tờ khai\n\n Bản sao CCCD " },
      3,
      MISSING,
    );
    expect(filled).toEqual({
      ok: true,
      body: { expectedVersion: 3, reason: "Thiếu chữ ký", items: ["Tờ khai", "Bản sao CCCD"] },
    });
  });

  it("PAU-1: the pause reason is a choice among the schema's values, with the proof uploaded", () => {
    const [reason, proof, fee] = commandFields("pause");
    expect(reason).toEqual({
      name: "reason",
      kind: "choice",
      required: true,
      options: ["land_financial_obligation", "fees", "awaiting_superior"],
    });
    expect(proof?.kind).toBe("file");
    expect(fee).toMatchObject({ kind: "money", required: false });
  });

  it("WDR-1: a withdrawal carries the scanned letter's file id; optional fields left empty are left out", () => {
    const fields = commandFields("request_withdrawal");
    const file = {
      id: "0b5d2f2e-4c4e-4f7b-9a61-3a1f7f0c9d11",
      mime: "application/pdf",
      size: 10,
      sha256: "",
      name: "don.pdf",
    } as const;
    expect(
      buildCommandBody(
        "request_withdrawal",
        fields,
        { reason: "Không có nhu cầu", letterFileId: [file] },
        7,
        MISSING,
      ),
    ).toEqual({
      ok: true,
      body: { expectedVersion: 7, reason: "Không có nhu cầu", letterFileId: file.id },
    });
    const approve = commandFields("approve");
    expect(buildCommandBody("approve", approve, initialValues(approve), 2, MISSING)).toEqual({
      ok: true,
      body: { expectedVersion: 2 },
    });
  });

  it("PRC-7: the new appointment is a Vietnam wall-clock time sent with its offset", () => {
    const fields = commandFields("issue_apology");
    const check = buildCommandBody(
      "issue_apology",
      fields,
      { reason: "Chờ xác minh", newDue: "2026-03-02T09:30" },
      5,
      MISSING,
    );
    expect(check).toEqual({
      ok: true,
      body: { expectedVersion: 5, reason: "Chờ xác minh", newDue: "2026-03-02T09:30:00+07:00" },
    });
  });

  it("shows the schema's Vietnamese message when a value is not valid", () => {
    const fields = commandFields("record_payment");
    const check = buildCommandBody("record_payment", fields, { amount: "0", reference: "BL-1" }, 4, MISSING);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.errors.amount).toMatch(/./);
  });
});
