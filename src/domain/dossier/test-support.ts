import { at, officialCalendar2026, show } from "../calendar/test-support.ts";
import { workingDays } from "../deadline/duration.ts";
import { DomainError } from "../errors.ts";
import { applicant, officer, system } from "./actor.ts";
import { formatDossierCode } from "./code.ts";
import type { NewDossierInput } from "./commands/new-dossier.ts";
import type { ReceiveCommand } from "./commands/receive.ts";
import type { SubmitOnlineCommand, SubmittedSignature } from "./commands/submit-online.ts";
import type { Command, ExistingDossierCommand } from "./commands.ts";
import type { DossierEvent } from "./events.ts";
import type { Dossier, WorkflowInput } from "./state.ts";
import { type Transition, transition } from "./transition.ts";

/** Fixtures shared by the dossier tests (not used by production code). */

export { at, show };
export const calendar = officialCalendar2026();

export const ONE_STOP_AGENCY = "agency-ttpvhcc";
export const ONE_STOP_IDENTIFIER = "000.00.06.H56";
export const AGENCY_A = "agency-so-xay-dung";
export const UNIT_A = "unit-phong-quan-ly-nha";
export const UNIT_A2 = "unit-phong-phap-che";
export const AGENCY_B = "agency-cuc-thue";
export const UNIT_B = "unit-doi-truoc-ba";

/** REC-4: a valid whole-document signature the server found on an uploaded component. */
export const TEST_SIGNATURE: SubmittedSignature = {
  fileId: "0b5d2f2e-4c4e-4f7b-9a61-3a1f7f0c9d11",
  commonName: "NGUYỄN VĂN KÝ",
  issuer: "CN=CA Thử Nghiệm",
};

export const actors = {
  oneStop: officer("os-1", "one_stop_officer", ONE_STOP_AGENCY),
  otherOneStop: officer("os-9", "one_stop_officer", "agency-khac"),
  specialist: officer("sp-a", "specialist", UNIT_A),
  specialist2: officer("sp-a2", "specialist", UNIT_A),
  unitHead: officer("head-a", "unit_head", UNIT_A),
  leader: officer("lead-a", "agency_leader", AGENCY_A),
  specialistB: officer("sp-b", "specialist", UNIT_B),
  leaderB: officer("lead-b", "agency_leader", AGENCY_B),
  outsider: officer("sp-x", "specialist", "unit-khac"),
  control: officer("ctl-1", "procedure_control", "agency-vp-ubnd"),
  citizen: applicant("acc-citizen"),
  otherCitizen: applicant("acc-other"),
  job: system("scheduler"),
} as const;

/** 10 working days: specialist 6, unit head 2 (agency A), then approval. */
export const SIMPLE_WORKFLOW: WorkflowInput = {
  id: "wf-simple",
  version: 3,
  steps: [
    {
      name: "Thẩm định hồ sơ",
      agencyId: AGENCY_A,
      unitId: UNIT_A,
      role: "specialist",
      duration: workingDays(6),
    },
    {
      name: "Xem xét, trình ký",
      agencyId: AGENCY_A,
      unitId: UNIT_A,
      role: "unit_head",
      duration: workingDays(2),
    },
  ],
};

/** Liên thông (PRC-4): agency A 4 days, tax agency B 3 days, back to A 1 day. */
export const INTERAGENCY_WORKFLOW: WorkflowInput = {
  id: "wf-lien-thong",
  version: 1,
  steps: [
    { name: "Thẩm định", agencyId: AGENCY_A, unitId: UNIT_A, role: "specialist", duration: workingDays(4) },
    {
      name: "Xác định nghĩa vụ thuế",
      agencyId: AGENCY_B,
      unitId: UNIT_B,
      role: "specialist",
      duration: workingDays(3),
    },
    { name: "Trình ký", agencyId: AGENCY_A, unitId: UNIT_A, role: "unit_head", duration: workingDays(1) },
  ],
};

/** A branch after the first step (PRC-1): sign at once, or inspect on site first. */
export const BRANCHING_WORKFLOW = {
  id: "wf-branch",
  version: 1,
  steps: [
    {
      name: "Thẩm định",
      agencyId: AGENCY_A,
      unitId: UNIT_A,
      role: "specialist",
      duration: workingDays(3),
      next: [1, 2],
    },
    {
      name: "Trình ký ngay",
      agencyId: AGENCY_A,
      unitId: UNIT_A,
      role: "unit_head",
      duration: workingDays(2),
      next: [],
    },
    {
      name: "Kiểm tra thực địa",
      agencyId: AGENCY_A,
      unitId: UNIT_A,
      role: "specialist",
      duration: workingDays(4),
    },
    {
      name: "Trình ký sau kiểm tra",
      agencyId: AGENCY_A,
      unitId: UNIT_A,
      role: "unit_head",
      duration: workingDays(2),
    },
  ],
} as const satisfies WorkflowInput;

export function newInput(
  when: string,
  overrides: Partial<NewDossierInput> = {},
  sequence = 1,
): NewDossierInput {
  return {
    dossierId: `d-${when}-${sequence}`,
    code: formatDossierCode(ONE_STOP_IDENTIFIER, at(when), sequence),
    receivingAgency: { id: ONE_STOP_AGENCY, identifier: ONE_STOP_IDENTIFIER },
    procedure: {
      id: "tthc-1",
      version: 2,
      code: "1.001193",
      name: "Cấp giấy phép xây dựng",
      processingTime: workingDays(10),
    },
    workflow: SIMPLE_WORKFLOW,
    applicant: {
      kind: "individual",
      name: "Nguyễn Văn An",
      idNumber: "026090001234",
      phone: "0912345678",
      email: "an@example.vn",
      address: "Vĩnh Yên, Vĩnh Phúc",
    },
    resultDelivery: "counter",
    documents: ["Đơn đề nghị", "Bản vẽ thiết kế"],
    ...overrides,
  };
}

/** Applies a command and fails the test on a refusal. */
export function run(dossier: Dossier | null, command: Command, when: string): Dossier {
  return step(dossier, command, when).dossier;
}

export function step(dossier: Dossier | null, command: Command, when: string): Transition {
  const result = transition(dossier, command, at(when), calendar);
  if (result instanceof DomainError)
    throw new Error(`refused ${command.type}: ${result.code} ${result.message}`);
  return result;
}

/** Applies a command that must be refused; returns the refusal. */
export function refusal(dossier: Dossier | null, command: Command, when: string): DomainError {
  const result = transition(dossier, command, at(when), calendar);
  if (!(result instanceof DomainError)) throw new Error(`${command.type} was accepted`);
  return result;
}

/** The one-stop receives a complete dossier at the counter (REC-2), with the code of `when`. */
export function counterReception(when: string, overrides: Partial<NewDossierInput> = {}): ReceiveCommand {
  return {
    type: "receive",
    actor: actors.oneStop,
    channel: "counter",
    outcome: { kind: "complete" },
    ...newInput(when, overrides),
  };
}

/** The citizen submits online (REC-3, REC-4), with the code of `when`. */
export function onlineSubmission(
  when: string,
  overrides: Partial<NewDossierInput> = {},
  eForm: Pick<SubmitOnlineCommand, "eFormRef" | "signature"> = {
    eFormRef: "eform-1",
    signature: TEST_SIGNATURE,
  },
): SubmitOnlineCommand {
  return { type: "submit_online", actor: actors.citizen, ...eForm, ...newInput(when, overrides) };
}

export function receiveAtCounter(when: string, overrides: Partial<NewDossierInput> = {}): Dossier {
  return run(null, counterReception(when, overrides), when);
}

export function submitOnline(when: string, overrides: Partial<NewDossierInput> = {}): Dossier {
  return run(null, onlineSubmission(when, overrides), when);
}

/** A history kept alongside, to check replay. */
export class Journal {
  dossier: Dossier | null = null;
  readonly events: DossierEvent[] = [];

  run(command: Command, when: string): Dossier {
    const { dossier, events } = step(this.dossier, command, when);
    this.dossier = dossier;
    this.events.push(...events);
    return dossier;
  }

  /** Runs timed commands in order; returns the dossier after the last. */
  runAll(commands: readonly TimedCommand[]): Dossier {
    for (const [command, when] of commands) this.run(command, when);
    return this.current;
  }

  get current(): Dossier {
    if (!this.dossier) throw new Error("no dossier yet");
    return this.dossier;
  }
}

export const cmd = <T extends ExistingDossierCommand["type"]>(
  type: T,
  actor: ExistingDossierCommand["actor"],
  fields: Omit<Extract<ExistingDossierCommand, { type: T }>, "type" | "actor"> = {} as never,
) => ({ type, actor, ...fields }) as Extract<ExistingDossierCommand, { type: T }>;

/** Received Mon 02/03/2026 09:00 at the counter and handed to the specialist at 10:00. */
export function inProcessing(overrides: Partial<NewDossierInput> = {}): Dossier {
  const received = receiveAtCounter("2026-03-02T09:00", overrides);
  return run(received, cmd("hand_over", actors.oneStop), "2026-03-02T10:00");
}

/** A command with the wall-clock time (Vietnam) it is given at. */
export type TimedCommand = readonly [Command, string];

/** When each officer acts on the way to the result (see `toResult`). */
export interface ResultTimes {
  handOver: string;
  submit: string;
  approve: string;
  upload: string;
  send: string;
}

/**
 * The way of a dossier at the first step of SIMPLE_WORKFLOW to its result sent to the one-stop:
 * the specialist hands over, the unit head submits, the leader approves, uploads and sends.
 */
export function toResult(
  times: ResultTimes,
  result = { documentNumber: "123/GP", fileRef: "file-1" },
): TimedCommand[] {
  return [
    [cmd("hand_over", actors.specialist), times.handOver],
    [cmd("submit_for_approval", actors.unitHead), times.submit],
    [cmd("approve", actors.leader), times.approve],
    [cmd("upload_result", actors.leader, result), times.upload],
    [cmd("send_result", actors.leader), times.send],
  ];
}

/** The way to the result all on `day`: at 08:00, 09:00, 10:00, 10:30 and 11:00. */
export function resultTimesOn(day: string): ResultTimes {
  const t = (hour: string) => `${day}T${hour}`;
  return {
    handOver: t("08:00"),
    submit: t("09:00"),
    approve: t("10:00"),
    upload: t("10:30"),
    send: t("11:00"),
  };
}

/** Through every step on `day` to the result sent to the one-stop (awaiting its confirmation). */
export function throughToResult(dossier: Dossier, from: { day: string }): Dossier {
  const path = toResult(resultTimesOn(from.day));
  return path.reduce((current, [command, when]) => run(current, command, when), dossier);
}

/** Received Mon 02/03/2026 (see `inProcessing`), its result sent to the one-stop on Mon 09/03. */
export function resultAtOneStop(overrides: Partial<NewDossierInput> = {}): Dossier {
  return throughToResult(inProcessing(overrides), { day: "2026-03-09" });
}
