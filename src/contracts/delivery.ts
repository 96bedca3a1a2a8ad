import { z } from "zod";

/** One integration's delivery health, as the administrators' page shows it. */
export const IntegrationHealth = z.object({
  destination: z.string(),
  /** Waiting or in delivery (not yet delivered, parked or discarded). */
  queued: z.number().int(),
  delivered: z.number().int(),
  /** Queued messages whose last attempt failed (to be tried again after the backoff). */
  failing: z.number().int(),
  parked: z.number().int(),
  /** Queued messages waiting behind a parked message of the same dossier. */
  blocked: z.number().int(),
  /** Age of the oldest queued message, in seconds; null when nothing waits. */
  oldestWaitingSeconds: z.number().nullable(),
  lastError: z.object({ message: z.string(), at: z.iso.datetime({ offset: true }) }).nullable(),
});
export type IntegrationHealth = z.infer<typeof IntegrationHealth>;

export const ParkedMessage = z.object({
  id: z.uuid(),
  destination: z.string(),
  orderingKey: z.string(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  parkedAt: z.iso.datetime({ offset: true }).nullable(),
  /** Queued messages of the same key waiting for this one. */
  blockedFollowers: z.number().int(),
});
export type ParkedMessage = z.infer<typeof ParkedMessage>;

export const IntegrationsOverview = z.object({
  integrations: z.array(IntegrationHealth),
  /** The oldest parked messages first, at most 200. */
  parked: z.array(ParkedMessage),
});
export type IntegrationsOverview = z.infer<typeof IntegrationsOverview>;

export const OutboxMessageParams = z.object({ id: z.uuid("mã tin không hợp lệ") });

export const DiscardMessage = z.strictObject({
  reason: z.string().trim().min(5, "cần nêu lý do (ít nhất 5 ký tự)").max(1000),
});
export type DiscardMessage = z.infer<typeof DiscardMessage>;

export const OutboxMessageResolved = z.object({
  id: z.uuid(),
  status: z.enum(["queued", "discarded"]),
});
export type OutboxMessageResolved = z.infer<typeof OutboxMessageResolved>;
