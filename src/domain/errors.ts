/**
 * The one error type of the domain (house rule 6): a stable machine `code` (UPPER_SNAKE, used by
 * the HTTP layer as problem+json `code`), a Vietnamese `message` for people, and the `rule` ID of
 * docs/spec RULES.md that the refusal enforces, when there is one.
 */
export class DomainError extends Error {
  override readonly name = "DomainError";
  readonly code: string;
  readonly rule: string | undefined;
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(
    code: string,
    message: string,
    options: { rule?: string; details?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.code = code;
    this.rule = options.rule;
    this.details = options.details;
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}
