import { Alert, Center, Loader } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { errorText } from "../api-client/error-text.ts";
import type { Fetched } from "../lib/useFetched.ts";

/** A spinner until a page's data first arrives, and why it could not be read (under `failedTitle`). */
export function LoadStatus({
  fetched: { data, error, loading },
  failedTitle,
}: {
  fetched: Pick<Fetched<unknown>, "data" | "error" | "loading">;
  failedTitle: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      {error !== null && (
        <Alert color="red" title={failedTitle}>
          {errorText(error, t)}
        </Alert>
      )}
      {!data && loading && (
        <Center p="xl">
          <Loader />
        </Center>
      )}
    </>
  );
}

/** What an action just did, until closed. */
export function NoticeAlert({
  notice,
  onClose,
  ...rest
}: {
  notice: string | null;
  onClose: () => void;
  "data-testid"?: string;
}) {
  if (!notice) return null;
  return (
    <Alert color="green" withCloseButton onClose={onClose} data-testid={rest["data-testid"]}>
      {notice}
    </Alert>
  );
}

/** Why an action failed, in the user's words; nothing while `failure` is null. */
export function FailureAlert({ failure }: { failure: unknown }) {
  const { t } = useTranslation();
  if (failure === null) return null;
  return <Alert color="red">{errorText(failure, t)}</Alert>;
}
