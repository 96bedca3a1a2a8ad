import { useState } from "react";
import { useAction } from "./useAction.ts";

/**
 * A user's action sent with an Idempotency-Key: a retry or a double click repeats the same key, so
 * the server does it once; a refusal kept nothing, so the next try gets a new key.
 */
export function useIdempotentAction() {
  const [key, setKey] = useState(() => crypto.randomUUID());
  const action = useAction();
  const run = (send: (idempotencyKey: string) => Promise<unknown>) =>
    action.run(async () => {
      try {
        await send(key);
      } catch (caught) {
        setKey(crypto.randomUUID());
        throw caught;
      }
    });
  return { busy: action.busy, failure: action.failure, run };
}
