import { Alert, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorText } from "../../api-client/error-text.ts";

/** A report page's action (close, reopen, explain): what it runs and what follows success. */
export interface SubmitProps<A extends unknown[]> {
  run: (...args: A) => Promise<unknown>;
  onDone: () => void;
}

/** Runs the request, keeping the dialog open with the server's explanation when it is refused. */
export function useSubmit<A extends unknown[]>({ run, onDone }: SubmitProps<A>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (...args: A) => {
    setBusy(true);
    setError(null);
    try {
      await run(...args);
      onDone();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, submit };
}

/** Why an action was refused, as the server explained it. */
export function ActionFailure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" title={t("periodClose.failed")} data-testid="report-action-error">
      <Text fz="sm">{errorText(error, t)}</Text>
    </Alert>
  );
}
