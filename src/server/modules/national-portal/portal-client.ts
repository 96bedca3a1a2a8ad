import { IDEMPOTENCY_HEADER, PORTAL_CODES, type PortalAnswer, SERVICES, type ServiceName } from "./wire.ts";

/**
 * INT-1: motcua's client of the national portal. It signs in once (`LayPhienLamViec`) and keeps
 * the session, signing in again when the portal says it is no longer valid. Credentials are sent
 * only in the sign-in body and never appear in an error.
 */
export interface PortalClientOptions {
  /** The portal's endpoint (every service is a POST to it). */
  readonly baseUrl: string;
  readonly username: string;
  readonly password: string;
  /** The province's agency identifier (madonvi), e.g. `000.00.00.H56`. */
  readonly agencyCode: string;
  /** Each request is abandoned after this long. */
  readonly timeoutMs: number;
}

export interface CallOptions {
  readonly signal?: AbortSignal;
  /** Sent as the `Idempotency-Key` header: the portal keeps one effect per key. */
  readonly idempotencyKey?: string;
}

/**
 * A failed call. `down`: the portal could not be reached or failed itself (connection refused or
 * dropped, timeout, HTTP 5xx): later calls would fail the same way now. Otherwise the portal
 * answered and refused this request (`code` = its `error_code`, or `http_4xx`).
 */
export class PortalError extends Error {
  override readonly name = "PortalError";
  constructor(
    message: string,
    readonly down: boolean,
    readonly code: string,
  ) {
    super(message);
  }
}

export interface PortalClient {
  /** Calls `service` with `body` (the session and agency are added); the answer when `error_code` is "0". */
  call(service: ServiceName, body: Record<string, unknown>, options?: CallOptions): Promise<PortalAnswer>;
}

export function createPortalClient(options: PortalClientOptions): PortalClient {
  let session: Promise<string> | null = null;

  async function post(body: Record<string, unknown>, call: CallOptions): Promise<PortalAnswer> {
    const signals = [AbortSignal.timeout(options.timeoutMs), ...(call.signal ? [call.signal] : [])];
    let response: Response;
    try {
      response = await fetch(options.baseUrl, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(call.idempotencyKey ? { [IDEMPOTENCY_HEADER]: call.idempotencyKey } : {}),
        },
        body: JSON.stringify(body),
        signal: AbortSignal.any(signals),
      });
    } catch (error) {
      throw new PortalError(`Không kết nối được Cổng DVCQG: ${reasonOf(error)}`, true, "unreachable");
    }
    let answer: PortalAnswer;
    try {
      answer = (await response.json()) as PortalAnswer;
    } catch (error) {
      const down = response.status >= 500 || !response.ok || isAbort(error);
      throw new PortalError(
        `Cổng DVCQG trả lời không đọc được (HTTP ${response.status})`,
        down,
        `http_${response.status}`,
      );
    }
    if (response.status >= 500) {
      throw new PortalError(
        `Cổng DVCQG lỗi (HTTP ${response.status}): ${String(answer?.message ?? "")}`,
        true,
        `http_${response.status}`,
      );
    }
    if (typeof answer?.error_code !== "string") {
      throw new PortalError(
        `Cổng DVCQG trả lời thiếu error_code (HTTP ${response.status})`,
        false,
        `http_${response.status}`,
      );
    }
    return answer;
  }

  async function signIn(): Promise<string> {
    const answer = await post(
      {
        service: SERVICES.signIn,
        username: options.username,
        password: options.password,
        madonvi: options.agencyCode,
      },
      {},
    );
    if (answer.error_code !== PORTAL_CODES.ok || typeof answer.session !== "string") {
      throw new PortalError(
        `Đăng nhập Cổng DVCQG bị từ chối (mã ${answer.error_code})`,
        false,
        answer.error_code,
      );
    }
    return answer.session;
  }

  function currentSession(): Promise<string> {
    if (!session) {
      session = signIn();
      session.catch(() => {
        session = null;
      });
    }
    return session;
  }

  return {
    async call(service, body, call = {}) {
      for (let attempt = 1; ; attempt++) {
        const token = await currentSession();
        const answer = await post({ ...body, service, session: token, madonvi: options.agencyCode }, call);
        if (answer.error_code === PORTAL_CODES.sessionInvalid && attempt === 1) {
          if (session && (await session.catch(() => null)) === token) session = null;
          continue;
        }
        if (answer.error_code !== PORTAL_CODES.ok) {
          throw new PortalError(
            `Cổng DVCQG từ chối ${service} (mã ${answer.error_code}): ${answer.message}`,
            false,
            answer.error_code,
          );
        }
        return answer;
      }
    },
  };
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError");
}

/** The cause of a fetch failure, without the request (which may hold the password). */
function reasonOf(error: unknown): string {
  if (isAbort(error)) return "hết thời gian chờ hoặc đã huỷ";
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return cause?.code ?? (error instanceof Error ? error.name : "lỗi không rõ");
}
