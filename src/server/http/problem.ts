import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { Problem } from "../../contracts/problem.ts";
import { isDomainError } from "../../domain/errors.ts";

/**
 * An error a use case raises on purpose: a stable machine `code`, an HTTP status and a
 * Vietnamese `detail` for people. Rule 6 of the house: bad input never becomes a 500.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly errors?: Problem["errors"],
  ) {
    super(`${code}: ${detail}`);
  }
}

const TITLES: Record<number, string> = {
  400: "Yêu cầu không hợp lệ",
  401: "Chưa đăng nhập",
  403: "Không có quyền",
  404: "Không tìm thấy",
  405: "Phương thức không được hỗ trợ",
  409: "Xung đột dữ liệu",
  413: "Dữ liệu gửi lên quá lớn",
  415: "Kiểu dữ liệu không được hỗ trợ",
  422: "Không thể thực hiện",
  429: "Quá nhiều yêu cầu",
  500: "Lỗi hệ thống",
  503: "Dịch vụ tạm thời không sẵn sàng",
};

/** Fastify's own client errors, mapped to our stable codes and Vietnamese messages. */
const FRAMEWORK_ERRORS: Record<string, { code: string; detail: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    code: "MALFORMED_JSON",
    detail: "Nội dung gửi lên không phải JSON hợp lệ.",
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: "EMPTY_BODY", detail: "Nội dung gửi lên bị trống." },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: "BODY_TOO_LARGE",
    detail: "Dữ liệu gửi lên vượt quá dung lượng cho phép.",
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: "UNSUPPORTED_MEDIA_TYPE",
    detail: "Kiểu nội dung không được hỗ trợ; hãy gửi application/json.",
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: "BAD_CONTENT_LENGTH", detail: "Độ dài nội dung không khớp." },
};

export function problem(status: number, code: string, detail: string, extra: Partial<Problem> = {}): Problem {
  return {
    type: `https://motcua.dev/problems/${code.toLowerCase().replaceAll("_", "-")}`,
    title: TITLES[status] ?? "Lỗi",
    status,
    code,
    detail,
    ...extra,
  };
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.status(body.status).type("application/problem+json").send(body);
}

/** Translates any thrown error into problem+json. Only unexpected errors become 500 and are logged. */
export function toProblem(error: unknown, request: FastifyRequest): Problem {
  const instance = request.url.split("?")[0];
  if (error instanceof AppError) {
    return problem(error.status, error.code, error.detail, {
      instance,
      ...(error.errors ? { errors: error.errors } : {}),
    });
  }
  if (isDomainError(error)) {
    // A legal rule refused the command: the message is Vietnamese and cites the rule; every
    // problem found (a form definition, a workflow, a calendar) comes back at once, with its path.
    const found = error.details?.errors ?? error.details?.issues;
    const errors = Array.isArray(found) ? (found as NonNullable<Problem["errors"]>) : undefined;
    return problem(422, error.code, error.message, {
      instance,
      ...(error.rule ? { rule: error.rule } : {}),
      ...(errors ? { errors } : {}),
    });
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((v) => ({
      path: [v.instancePath.replace(/^\//, "").replaceAll("/", ".")].filter(Boolean).join("") || "(gốc)",
      message: v.message ?? "không hợp lệ",
    }));
    return problem(400, "VALIDATION_FAILED", "Dữ liệu gửi lên không hợp lệ.", { instance, errors });
  }
  const fastifyError = error as FastifyError;
  const known = fastifyError.code ? FRAMEWORK_ERRORS[fastifyError.code] : undefined;
  const status = fastifyError.statusCode ?? 500;
  if (known) return problem(status, known.code, known.detail, { instance });
  if (status >= 400 && status < 500) {
    return problem(status, "BAD_REQUEST", "Yêu cầu không hợp lệ.", { instance });
  }
  return problem(500, "INTERNAL_ERROR", "Đã có lỗi hệ thống; vui lòng thử lại sau.", { instance });
}
