import type { Page } from "playwright-core";
import { expect } from "vitest";
import { householdBusinessForm } from "../../src/server/modules/dossiers/household-business-form.ts";
import { signInWithEid } from "./citizens.ts";
import { officerCall, officerCookie } from "./officers.ts";

/** Đăng ký thành lập hộ kinh doanh (1.001612) at UBND phường Hạc Thành, received by `hacthanh.motcua`. */
export const ONLINE_PROCEDURE_CODE = "1.001612";
export const ONLINE_AGENCY_CODE = "000.00.51.H56";
export const ONLINE_ONE_STOP = "hacthanh.motcua";

/** The smallest file the uploads accept as a PDF. */
export const SAMPLE_PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

export interface OnlineDossier {
  id: string;
  code: string;
  version: number;
  status: string;
}

/**
 * Signs the citizen in with the e-ID simulator from "Hồ sơ của tôi"; the page keeps the session.
 * Returns the origin the sign-in came back to (its cookie's host): use it for the citizen's calls
 * and pages.
 */
export async function signInCitizen(page: Page, baseUrl: string, identityNumber: string): Promise<string> {
  await page.goto(`${baseUrl}/cong-dan/ho-so`);
  await signInWithEid(page, identityNumber);
  await page.waitForURL((url) => url.pathname === "/cong-dan/ho-so");
  return new URL(page.url()).origin;
}

/** The e-form of 1.001612, filled in correctly for this owner (born 1985, male: the form asks). */
export function householdFormFor(owner: { name: string; idNumber: string }, businessName: string) {
  return householdBusinessForm({ ...owner, birthDate: "1985-04-12", gender: "nam" }, businessName);
}

/**
 * REC-4 over the API, as the citizen signed in on `page` (its cookies, on the page's origin): uploads a PDF for the
 * required component and submits 1.001612 at Hạc Thành; the dossier awaits acceptance (REC-3).
 */
export async function submitOnlineAsCitizen(
  page: Page,
  owner: { name: string; idNumber: string },
  businessName = "Hộ kinh doanh Cơm niêu Hạc Thành",
): Promise<OnlineDossier> {
  const site = new URL(page.url()).origin;
  const upload = await page.request.post(`${site}/api/citizen/files?name=giay-de-nghi.pdf`, {
    headers: { "content-type": "application/pdf" },
    data: SAMPLE_PDF,
  });
  expect(upload.status(), await upload.text()).toBe(201);
  const { id: fileId } = (await upload.json()) as { id: string };
  const procedure = (await (
    await page.request.get(`${site}/api/catalog/procedures/${ONLINE_PROCEDURE_CODE}`)
  ).json()) as { id: string; agencies: { id: string; code: string }[] };
  const agency = procedure.agencies.find((candidate) => candidate.code === ONLINE_AGENCY_CODE);
  const submitted = await page.request.post(`${site}/api/citizen/dossiers`, {
    data: {
      agencyId: agency?.id,
      procedureId: procedure.id,
      formData: householdFormFor(owner, businessName),
      components: [{ index: 0, fileId }],
      resultDelivery: "electronic",
    },
  });
  const body = (await submitted.json()) as OnlineDossier;
  expect(submitted.status(), JSON.stringify(body)).toBe(201);
  expect(body.status).toBe("awaiting_acceptance");
  return body;
}

/** A lifecycle command by a demo officer over the API (`command` with dashes); expects 200. */
export async function officerCommand<T extends { id: string; version: number } = OnlineDossier>(
  baseUrl: string,
  username: string,
  dossier: T,
  command: string,
  body: Record<string, unknown> = {},
): Promise<T> {
  const cookie = await officerCookie(baseUrl, username);
  const answer = await officerCall<T>(baseUrl, cookie, `/api/dossiers/${dossier.id}/${command}`, {
    expectedVersion: dossier.version,
    ...body,
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body;
}

/** REC-3: the one-stop of Hạc Thành asks the applicant for a supplement before accepting. */
export function requestOnlineSupplement(
  baseUrl: string,
  dossier: OnlineDossier,
  reason: string,
  items: string[],
): Promise<OnlineDossier> {
  return officerCommand(baseUrl, ONLINE_ONE_STOP, dossier, "request-online-supplement", { reason, items });
}

/** Hạc Thành's officers: the one-stop, the specialists, the unit head and the ward's chairman. */
export const HAC_THANH_OFFICERS = [
  "hacthanh.motcua",
  "hacthanh.congchuc",
  "hacthanh.diachinh",
  "hacthanh.truongphong",
  "hacthanh.chutich",
] as const;

interface OfficerView extends OnlineDossier {
  allowedCommands?: { command: string }[];
}

/**
 * Moves a dossier along `way` (command types, first preferred) until `done(dossier)`: each round,
 * the first of `usernames` whose view offers a command of the way issues it, with `bodyOf` the
 * command's fields beyond the version. Whoever may act acts, as in the office. Each command is
 * issued once (a second upload would only replace the result), but hand-overs, one a step.
 */
export async function driveDossier(
  baseUrl: string,
  dossierId: string,
  usernames: readonly string[],
  way: readonly string[],
  done: (dossier: OnlineDossier) => boolean,
  bodyOf: (command: string, cookie: string) => Promise<Record<string, unknown>> = async () => ({}),
): Promise<OnlineDossier> {
  const cookies = await Promise.all(usernames.map((username) => officerCookie(baseUrl, username)));
  const issued: string[] = [];
  for (let round = 0; round < 20; round += 1) {
    let acted: OnlineDossier | null = null;
    for (const command of way) {
      if (command !== "hand_over" && issued.includes(command)) continue;
      for (const cookie of cookies) {
        const { body: view } = await officerCall<OfficerView>(baseUrl, cookie, `/api/dossiers/${dossierId}`);
        if (done(view)) return view;
        if (!view.allowedCommands?.some((c) => c.command === command)) continue;
        const answer = await officerCall<OnlineDossier>(
          baseUrl,
          cookie,
          `/api/dossiers/${dossierId}/${command.replaceAll("_", "-")}`,
          { expectedVersion: view.version, ...(await bodyOf(command, cookie)) },
        );
        expect(answer.status, `${command}: ${JSON.stringify(answer.body)}`).toBe(200);
        acted = answer.body;
        issued.push(command);
        break;
      }
      if (acted) break;
    }
    if (!acted) throw new Error(`no officer could go on along ${way.join(", ")} after ${issued.join(", ")}`);
    if (done(acted)) return acted;
  }
  throw new Error(`the dossier did not get there in 20 commands: ${issued.join(", ")}`);
}

/** An officer's upload of `content` (a result, a proof) over the API; its file id. */
export async function officerUpload(baseUrl: string, cookie: string, name: string, content: Buffer) {
  const upload = await fetch(`${baseUrl}/api/files?name=${encodeURIComponent(name)}`, {
    method: "POST",
    headers: { cookie, "content-type": "application/pdf" },
    body: new Uint8Array(content),
  });
  expect(upload.status).toBe(201);
  return ((await upload.json()) as { id: string }).id;
}
