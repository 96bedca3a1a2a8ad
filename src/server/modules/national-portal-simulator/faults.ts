/**
 * INT-1: the failures the simulator can play, to prove motcua's client and sync survive them:
 * - `refuse`: nothing listens (connection refused); the state is kept;
 * - `error500`: HTTP 500, without effect;
 * - `timeout`: the request is held unanswered until the client gives up, without effect;
 * - `slow`: answered normally after `delayMs`;
 * - `drop`: the connection is cut mid-request, after the effect when `afterEffect` (the client
 *   cannot know it took effect, retries, and the idempotency key keeps it to one effect).
 */
export type PortalFault =
  | { readonly kind: "refuse" }
  | { readonly kind: "error500" }
  | { readonly kind: "timeout" }
  | { readonly kind: "slow"; readonly delayMs: number }
  | { readonly kind: "drop"; readonly afterEffect: boolean };

export const FAULT_KINDS = ["refuse", "error500", "timeout", "slow", "drop"] as const;

/** What the fault page calls each fault. */
export const FAULT_NAMES: Record<PortalFault["kind"], string> = {
  refuse: "Từ chối kết nối",
  error500: "Lỗi máy chủ (HTTP 500)",
  timeout: "Không trả lời (hết thời gian chờ)",
  slow: "Trả lời chậm",
  drop: "Cắt kết nối giữa chừng",
};
