import { z } from "zod";

/** RFC 9457 problem details, as every error of the API is answered. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  /** Stable machine code, e.g. `AUTH_INVALID_CREDENTIALS`. */
  code: z.string(),
  /** Vietnamese, human-readable explanation. */
  detail: z.string(),
  instance: z.string().optional(),
  /** The rule of docs RULES.md that refused the request, e.g. `PRC-7`. */
  rule: z.string().optional(),
  /** Field-level problems for validation errors. */
  errors: z
    .array(z.object({ path: z.string(), message: z.string(), code: z.string().optional() }))
    .optional(),
});
export type Problem = z.infer<typeof Problem>;
