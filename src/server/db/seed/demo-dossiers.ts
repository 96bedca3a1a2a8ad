import { createHash } from "node:crypto";
import type { DossierView, ReceiveDossierRequest } from "../../../contracts/dossiers.ts";
import { instantAt, localDayNumber } from "../../../domain/calendar/dates.ts";
import { loadWorkingCalendar } from "../../modules/calendar/load-working-calendar.ts";
import { getPublishedVersion } from "../../modules/catalog/get-procedure-version.ts";
import { loadCitizenProfile } from "../../modules/citizen-identity/citizen-view.ts";
import { actOnDossier } from "../../modules/dossiers/act-on-dossier.ts";
import type { RoutedCommandType } from "../../modules/dossiers/command-table.ts";
import type { IdempotencyKey } from "../../modules/dossiers/idempotency.ts";
import { receiveDossier } from "../../modules/dossiers/receive-dossier.ts";
import { storeFile } from "../../modules/dossiers/store-file.ts";
import { submitDossierOnline } from "../../modules/dossiers/submit-dossier-online.ts";
import { loadOfficerView } from "../../modules/identity/officer-view.ts";
import type { Db } from "../database.ts";

/**
 * Demo dossiers for the demo agencies, in the states a workspace shows: received at the counter
 * today, in processing, overdue, submitted online and awaiting acceptance (REC-3), returned on
 * time, and one at Sở Xây dựng. They are made by the real use cases (reception, online
 * submission, commands), so their codes, events and hash chains are real; times in the past are
 * given to the use cases' clock. Each step carries an idempotency key (`demo:…`), so a second run,
 * on any day, replays the answers and changes nothing.
 *
 * The demo workflows are approved when the demo data is first loaded; dossiers received "in the
 * past" follow the version in force now (as a dossier entered after an outage would, SEC-4).
 */

const DAY = 24 * 3_600_000;
const MINUTE = 60_000;
const PDF = Buffer.from("%PDF-1.4\n% motcua demo\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

interface Step {
  who: string;
  command: RoutedCommandType;
  /** Days before now (fractions allowed); must not go backwards along a dossier. */
  daysAgo: number;
  body?: Record<string, unknown>;
}

interface CounterDemo {
  key: string;
  receivedBy: string;
  agencyCode: string;
  procedureCode: string;
  daysAgo: number;
  applicant: ReceiveDossierRequest["applicant"];
  resultDelivery: ReceiveDossierRequest["resultDelivery"];
  steps: Step[];
}

const person = (name: string, idNumber: string, phone: string, address: string) => ({
  kind: "individual" as const,
  name,
  idNumber,
  phone,
  email: null,
  address,
});

/** Through the demo workflow of 1.003198: one-stop → specialist → head of unit → director. */
const THROUGH_APPROVAL = (from: number): Step[] => [
  { who: "tthcc.motcua", command: "hand_over", daysAgo: from },
  { who: "tuphap.chuyenvien", command: "hand_over", daysAgo: from - 10 },
  { who: "tuphap.truongphong", command: "submit_for_approval", daysAgo: from - 12 },
  {
    who: "tuphap.giamdoc",
    command: "approve",
    daysAgo: from - 13,
    body: { note: "Đồng ý cấp giấy xác nhận." },
  },
];

const COUNTER_DEMOS: CounterDemo[] = [
  {
    key: "received-today",
    receivedBy: "tthcc.motcua",
    agencyCode: "000.00.06.H56",
    procedureCode: "1.003198",
    daysAgo: 0,
    applicant: person("Hoàng Thị Mai", "038186004321", "0915222333", "Số 20 phố Lê Hoàn, phường Hạc Thành"),
    resultDelivery: "counter",
    steps: [],
  },
  {
    key: "in-processing",
    receivedBy: "tthcc.motcua",
    agencyCode: "000.00.06.H56",
    procedureCode: "1.003198",
    daysAgo: 5,
    applicant: person("Đỗ Văn Khánh", "038084007788", "0983111222", "Thôn Đông, xã Hoằng Hóa"),
    resultDelivery: "post",
    steps: [{ who: "tthcc.motcua", command: "hand_over", daysAgo: 4.9 }],
  },
  {
    key: "overdue",
    receivedBy: "tthcc.motcua",
    agencyCode: "000.00.06.H56",
    procedureCode: "1.003198",
    daysAgo: 40,
    applicant: person(
      "Nguyễn Thị Hồng",
      "038190002468",
      "0904555666",
      "Số 3 phố Tô Hiến Thành, phường Hạc Thành",
    ),
    resultDelivery: "counter",
    steps: [
      { who: "tthcc.motcua", command: "hand_over", daysAgo: 39.9 },
      { who: "tuphap.chuyenvien", command: "hand_over", daysAgo: 18 },
    ],
  },
  {
    key: "returned-on-time",
    receivedBy: "tthcc.motcua",
    agencyCode: "000.00.06.H56",
    procedureCode: "1.003198",
    daysAgo: 36,
    applicant: person("Trần Văn Cường", "038201007890", "0904112233", "Số 5 đường Lê Hoàn, phường Hạc Thành"),
    resultDelivery: "counter",
    steps: [
      ...THROUGH_APPROVAL(35.9),
      // upload_result and send_result are added with the uploaded file (see below).
    ],
  },
  {
    key: "xay-dung-received",
    receivedBy: "tthcc.motcua",
    agencyCode: "000.00.07.H56",
    procedureCode: "1.009928",
    daysAgo: 1,
    applicant: person("Lê Quang Vinh", "038088009911", "0912777888", "Số 9 đường Bà Triệu, phường Hạc Thành"),
    resultDelivery: "post",
    steps: [],
  },
];

/** Loads the demo dossiers (idempotent). Runs inside the demo data's transaction. */
export async function loadDemoDossiers(db: Db): Promise<{ dossiers: number }> {
  const now = Date.now();
  // Days counted back from 09:00 today (Vietnam), moved to a working time, never later than now.
  const { calendar } = await loadWorkingCalendar(db, null);
  const nineToday = instantAt(localDayNumber(now), 9 * 60);
  const at = (daysAgo: number) =>
    Math.min(now, calendar.nextWorkingInstant(nineToday - Math.round(daysAgo * DAY)));
  let created = 0;
  for (const demo of COUNTER_DEMOS) {
    const officer = await officerOf(db, demo.receivedBy);
    const agency = await db
      .selectFrom("agency")
      .select("id")
      .where("code", "=", demo.agencyCode)
      .executeTakeFirst();
    const procedureId = await db
      .selectFrom("procedure")
      .select("id")
      .where("code", "=", demo.procedureCode)
      .executeTakeFirst();
    const procedure = procedureId ? await getPublishedVersion(db, procedureId.id) : undefined;
    if (!agency || !procedure) continue;
    const existed = await keyExists(db, `officer:${officer.id}`, `demo:${demo.key}:receive`);
    const reception = await receiveDossier(
      db,
      () => at(demo.daysAgo),
      officer,
      {
        agencyId: agency.id,
        procedureId: procedure.procedureId,
        channel: "counter",
        applicant: demo.applicant,
        components: procedure.components.map((component, index) => ({
          index,
          originals: component.originals,
          certifiedCopies: component.certifiedCopies,
          photocopies: component.photocopies,
          fileId: null,
          shownForComparison: component.originals + component.certifiedCopies + component.photocopies === 0,
        })),
        formData: null,
        resultDelivery: demo.resultDelivery,
        outcome: { kind: "complete" },
        feesDue: 0,
        feesPaid: 0,
        test: null,
        lateEntry: null,
      },
      demoKey(officer.id, `demo:${demo.key}:receive`),
      { workflowAt: now },
    );
    if (reception.body.kind !== "dossier") continue;
    if (!existed) created += 1;
    let view = reception.body.dossier;
    for (const step of demo.steps) view = await act(db, view, demo.key, step, at(step.daysAgo));
    if (demo.key === "returned-on-time") view = await finishOnTime(db, view, demo.key, at);
  }
  if (await submitOnlineDemo(db, now)) created += 1;
  return { dossiers: created };
}

/** The head of unit issues the result; the one-stop confirms it on the due date and returns it (RES-1..4). */
async function finishOnTime(
  db: Db,
  start: DossierView,
  key: string,
  at: (daysAgo: number) => number,
): Promise<DossierView> {
  const head = await officerOf(db, "tuphap.truongphong");
  const stepKey = `demo:${key}:upload_result`;
  let fileId: string;
  const done = await db
    .selectFrom("dossier_command_key")
    .select("response")
    .where("caller", "=", `officer:${head.id}`)
    .where("key", "=", stepKey)
    .executeTakeFirst();
  if (done) fileId = (done.response as DossierView).result?.fileId ?? "";
  else {
    const caller = `officer:${head.id}`;
    fileId = (await storeFile(db, PDF, "giay-xac-nhan-du-dieu-kien.pdf", caller, "unlimited")).id;
  }
  let view = await act(
    db,
    start,
    key,
    {
      who: "tuphap.truongphong",
      command: "upload_result",
      daysAgo: 22,
      body: { documentNumber: "87/GXN-STP", fileId },
    },
    at(22),
  );
  view = await act(
    db,
    view,
    key,
    { who: "tuphap.truongphong", command: "send_result", daysAgo: 21.9 },
    at(21.9),
  );
  // CAL-9: confirmed on the due date, shortly before the due instant (not before that day's
  // opening, which would be early): on time.
  const due = Date.parse(view.clock.due ?? "") || at(6);
  const { calendar } = await loadWorkingCalendar(db, start.receivingAgency.id);
  const opening = calendar.nextWorkingInstant(instantAt(localDayNumber(due), 0));
  const onTime = opening <= due ? Math.max(due - 40 * MINUTE, opening) : due - 40 * MINUTE;
  // Never in the future (days off around the reception can push the due past today): then early.
  const confirmAt = Math.min(onTime, at(0) - 20 * MINUTE);
  view = await act(db, view, key, { who: "tthcc.motcua", command: "confirm_result", daysAgo: 0 }, confirmAt);
  return act(
    db,
    view,
    key,
    {
      who: "tthcc.motcua",
      command: "return_result",
      daysAgo: 0,
      body: { reference: "Ký nhận tại quầy số 3" },
    },
    confirmAt + 10 * MINUTE,
  );
}

async function act(db: Db, view: DossierView, key: string, step: Step, at: number): Promise<DossierView> {
  const officer = await officerOf(db, step.who);
  return actOnDossier(db, () => at, {
    officer,
    dossierId: view.id,
    command: step.command,
    body: { expectedVersion: view.version, ...step.body } as never,
    idempotency: demoKey(officer.id, `demo:${key}:${step.command}`),
  });
}

/**
 * REC-4 / REC-3: a household business registered online today, awaiting acceptance. The applicant
 * is a demo person recorded as the e-ID would record them after a sign-in (not one of the
 * simulator's accounts, whose rows their first sign-in creates).
 */
const ONLINE_APPLICANT = {
  issuer: "urn:motcua:demo",
  subject: "demo-applicant-0001",
  identityNumber: "038095001122",
  fullName: "Phạm Văn Tú",
  birthDate: "1995-03-08",
  address: "Số 12 phố Trần Phú, phường Hạc Thành, tỉnh Thanh Hóa",
  phone: "0912345678",
  email: "phamvantu@example.vn",
};

async function submitOnlineDemo(db: Db, now: number): Promise<boolean> {
  const person = ONLINE_APPLICANT;
  const agency = await db
    .selectFrom("agency")
    .select("id")
    .where("code", "=", "000.00.51.H56")
    .executeTakeFirst();
  const procedure = await db
    .selectFrom("procedure")
    .select("id")
    .where("code", "=", "1.001612")
    .executeTakeFirst();
  if (!agency || !procedure) return false;
  await db
    .insertInto("citizen")
    .values({
      issuer: person.issuer,
      subject: person.subject,
      kind: "individual",
      identity_number: person.identityNumber,
      identity_level: 2,
      full_name: person.fullName,
      birth_date: person.birthDate,
      gender: "male",
      address: person.address,
      phone: person.phone,
      email: person.email,
    })
    .onConflict((oc) => oc.columns(["issuer", "subject"]).doNothing())
    .execute();
  const row = await db
    .selectFrom("citizen")
    .select("id")
    .where("issuer", "=", person.issuer)
    .where("subject", "=", person.subject)
    .executeTakeFirstOrThrow();
  const citizen = await loadCitizenProfile(db, row.id);
  if (!citizen) return false;
  const key = "demo:online-awaiting-acceptance:submit";
  if (await keyExists(db, `citizen:${citizen.id}`, key)) return false;
  const file = await storeFile(
    db,
    PDF,
    "giay-de-nghi-dang-ky-ho-kinh-doanh.pdf",
    `citizen:${citizen.id}`,
    "unlimited",
  );
  const address = { provinceCode: "38", communeCode: "38001", street: "Số 12 phố Trần Phú" };
  await submitDossierOnline(
    db,
    () => now,
    citizen,
    {
      agencyId: agency.id,
      procedureId: procedure.id,
      formData: {
        tenHoKinhDoanh: "Hộ kinh doanh Bánh cuốn Hạc Thành",
        diaChiKinhDoanh: address,
        dienThoai: "0912345678",
        email: person.email,
        nganhNghe: [{ tenNganh: "Nhà hàng và các dịch vụ ăn uống phục vụ lưu động", maNganh: "5610" }],
        vonKinhDoanh: 80_000_000,
        soLaoDong: 3,
        loaiChuHo: "ca_nhan",
        hoTenChuHo: citizen.fullName,
        ngaySinhChuHo: person.birthDate,
        gioiTinhChuHo: "nam",
        soDinhDanhChuHo: person.identityNumber,
        noiCuTruChuHo: address,
        camDoan: true,
      },
      components: [{ index: 0, fileId: file.id }],
      resultDelivery: "electronic",
    },
    { caller: `citizen:${citizen.id}`, key, requestHash: hashOf(key) },
  );
  return true;
}

async function officerOf(db: Db, username: string) {
  const row = await db
    .selectFrom("officer")
    .select("id")
    .where("username", "=", username)
    .executeTakeFirstOrThrow();
  const officer = await loadOfficerView(db, row.id);
  if (!officer) throw new Error(`Demo officer ${username} is not active`);
  return officer;
}

function demoKey(officerId: string, key: string): IdempotencyKey {
  return { caller: `officer:${officerId}`, key, requestHash: hashOf(key) };
}

const hashOf = (key: string) => createHash("sha256").update(key).digest();

async function keyExists(db: Db, caller: string, key: string): Promise<boolean> {
  const found = await db
    .selectFrom("dossier_command_key")
    .select("key")
    .where("caller", "=", caller)
    .where("key", "=", key)
    .executeTakeFirst();
  return Boolean(found);
}
