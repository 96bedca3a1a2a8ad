import type { IncomingMessage } from "node:http";
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import type Provider from "oidc-provider";
import type { InteractionDetails } from "oidc-provider";
import type { Db } from "../../db/database.ts";
import { fullNameOf } from "../../db/seed/demo-citizens.ts";
import { PUBLIC } from "../../http/access.ts";
import { demoAccountBySubject, verifyDemoAccount } from "./accounts.ts";
import { consentPage, errorPage, loginPage, PAGE_HEADERS } from "./pages.ts";
import { createSimulatorProvider, EID_MOUNT_PATH, SIMULATOR_CLIENT_NAME } from "./provider.ts";

export interface EidSimulatorOptions {
  db: Db;
  /** PUBLIC_URL: the simulator's issuer is PUBLIC_URL/eid. */
  publicUrl: string;
}

/**
 * The embedded e-ID provider, mounted at /eid when no real provider (EID_ISSUER_URL) is configured:
 * the OpenID Connect endpoints are oidc-provider's own; the sign-in and consent pages are ours.
 */
export const eidSimulatorRoutes: FastifyPluginAsync<EidSimulatorOptions> = async (app, { db, publicUrl }) => {
  let started: Promise<Provider> | undefined;
  const provider = () => {
    started ??= createSimulatorProvider(db, publicUrl, app.log).catch((error: unknown) => {
      started = undefined;
      throw error;
    });
    return started;
  };
  await app.register(interactionPages, { provider });
  await app.register(protocolEndpoints, { provider });
};

type ProviderOf = { provider: () => Promise<Provider> };

/** Discovery, JWKS, authorization, token, userinfo: handed to oidc-provider untouched. */
const protocolEndpoints: FastifyPluginAsync<ProviderOf> = async (app, { provider }) => {
  // oidc-provider reads request bodies itself: leave the stream unread.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", (_request, _payload, done) => done(null, undefined));
  let handle: ReturnType<Provider["callback"]> | undefined;
  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    handle ??= (await provider()).callback();
    const callback = handle;
    reply.hijack();
    // Mounted like Express does it: the provider sees its own paths and finds the mount point in
    // originalUrl, so the URLs it publishes carry /eid.
    const raw = request.raw as IncomingMessage & { originalUrl?: string };
    raw.originalUrl = raw.url;
    const rest = (raw.url ?? "").slice(EID_MOUNT_PATH.length);
    raw.url = rest.startsWith("/") ? rest : `/${rest}`;
    await callback(raw, reply.raw);
  };
  app.all(EID_MOUNT_PATH, { config: { access: PUBLIC }, schema: { hide: true } }, handler);
  app.all(`${EID_MOUNT_PATH}/*`, { config: { access: PUBLIC }, schema: { hide: true } }, handler);
};

interface UidParams {
  uid: string;
}
interface LoginForm {
  identityNumber?: string;
  password?: string;
}

const INTERACTION_EXPIRED = {
  title: "Phiên đăng nhập đã hết hạn",
  message: "Phiên đăng nhập VNeID đã hết hạn hoặc không hợp lệ.",
};

/** The simulator's sign-in, consent and cancel steps (oidc-provider "interactions"). */
const interactionPages: FastifyPluginAsync<ProviderOf> = async (app, { provider }) => {
  app.addContentTypeParser(
    "application/x-www-form-urlencoded",
    { parseAs: "string", bodyLimit: 10_000 },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );
  const options = { config: { access: PUBLIC }, schema: { hide: true } };
  const page = (reply: FastifyReply, status: number, html: string) =>
    reply.status(status).headers(PAGE_HEADERS).send(html);

  /** The interaction of this browser (cookie) for this uid, or undefined when gone or foreign. */
  const details = async (request: FastifyRequest<{ Params: UidParams }>, reply: FastifyReply) => {
    try {
      const found = await (await provider()).interactionDetails(request.raw, reply.raw);
      return found.uid === request.params.uid ? found : undefined;
    } catch (error) {
      if ((error as { name?: string }).name === "SessionNotFound") return undefined;
      throw error;
    }
  };
  const expired = (reply: FastifyReply) =>
    page(reply, 400, errorPage(INTERACTION_EXPIRED.title, INTERACTION_EXPIRED.message));
  const finish = async (
    request: FastifyRequest,
    reply: FastifyReply,
    result: Parameters<Provider["interactionResult"]>[2],
    mergeWithLastSubmission: boolean,
  ) => {
    const returnTo = await (await provider()).interactionResult(request.raw, reply.raw, result, {
      mergeWithLastSubmission,
    });
    return reply.redirect(returnTo, 303);
  };

  app.get<{ Params: UidParams }>(`${EID_MOUNT_PATH}/interaction/:uid`, options, async (request, reply) => {
    const interaction = await details(request, reply);
    if (!interaction) return expired(reply);
    if (interaction.prompt.name === "login") {
      return page(reply, 200, loginPage({ uid: interaction.uid, clientName: SIMULATOR_CLIENT_NAME }));
    }
    if (interaction.prompt.name === "consent") return page(reply, 200, consent(interaction));
    return page(reply, 400, errorPage("Không thể đăng nhập", "Bước đăng nhập này chưa được hỗ trợ."));
  });

  app.post<{ Params: UidParams; Body: LoginForm | undefined }>(
    `${EID_MOUNT_PATH}/interaction/:uid/login`,
    options,
    async (request, reply) => {
      const interaction = await details(request, reply);
      if (interaction?.prompt.name !== "login") return expired(reply);
      const identityNumber = String(request.body?.identityNumber ?? "").slice(0, 40);
      const account = verifyDemoAccount(identityNumber, String(request.body?.password ?? "").slice(0, 200));
      if (!account) {
        const error = /^\d{12}$/.test(identityNumber.trim())
          ? "Số định danh cá nhân hoặc mật khẩu không đúng."
          : "Số định danh cá nhân phải gồm đúng 12 chữ số.";
        return page(
          reply,
          401,
          loginPage({ uid: interaction.uid, clientName: SIMULATOR_CLIENT_NAME, error, identityNumber }),
        );
      }
      return finish(request, reply, { login: { accountId: account.subject } }, false);
    },
  );

  app.post<{ Params: UidParams }>(
    `${EID_MOUNT_PATH}/interaction/:uid/consent`,
    options,
    async (request, reply) => {
      const interaction = await details(request, reply);
      const accountId = interaction?.session?.accountId;
      if (interaction?.prompt.name !== "consent" || !accountId) return expired(reply);
      const { Grant } = await provider();
      const clientId = String(interaction.params.client_id);
      const grant =
        (interaction.grantId ? await Grant.find(interaction.grantId) : undefined) ??
        new Grant({ accountId, clientId });
      const { missingOIDCScope, missingOIDCClaims } = interaction.prompt.details;
      if (missingOIDCScope) grant.addOIDCScope(missingOIDCScope.join(" "));
      if (missingOIDCClaims) grant.addOIDCClaims(missingOIDCClaims);
      return finish(request, reply, { consent: { grantId: await grant.save() } }, true);
    },
  );

  app.post<{ Params: UidParams }>(
    `${EID_MOUNT_PATH}/interaction/:uid/abort`,
    options,
    async (request, reply) => {
      if (!(await details(request, reply))) return expired(reply);
      const result = { error: "access_denied", error_description: "Người dùng đã huỷ đăng nhập." };
      return finish(request, reply, result, false);
    },
  );
};

function consent(interaction: InteractionDetails): string {
  const account = demoAccountBySubject(interaction.session?.accountId ?? "");
  const requested =
    interaction.prompt.details.missingOIDCScope ?? String(interaction.params.scope ?? "").split(" ");
  return consentPage({
    uid: interaction.uid,
    clientName: SIMULATOR_CLIENT_NAME,
    accountName: account ? fullNameOf(account) : "",
    scopes: requested.filter(Boolean),
  });
}
