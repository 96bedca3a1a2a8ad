import type { FastifyReply } from "fastify";

/**
 * A file in the answer: its type, shown in the browser (`inline`) or downloaded (`attachment`)
 * under its name (RFC 6266, UTF-8 so that Vietnamese names survive), never cached by a shared
 * cache, never sniffed as another type.
 */
export function sendFile(
  reply: FastifyReply,
  file: { content: Buffer; type: string; name: string; disposition: "inline" | "attachment" },
): FastifyReply {
  return reply
    .type(file.type)
    .header("content-disposition", `${file.disposition}; filename*=UTF-8''${encodeURIComponent(file.name)}`)
    .header("cache-control", "private, no-store")
    .header("x-content-type-options", "nosniff")
    .send(file.content);
}
