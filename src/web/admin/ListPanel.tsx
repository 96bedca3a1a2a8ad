import { Alert, Center, Group, Loader, Pagination, Paper, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { errorText } from "../api-client/error-text.ts";
import type { Fetched } from "../lib/useFetched.ts";

interface Props {
  list: Pick<Fetched<{ items: readonly unknown[]; total?: number }>, "data" | "error" | "loading">;
  /** The title of the alert when the list cannot be read. */
  failedTitle: string;
  /** What stands for an empty list. */
  empty: string;
  emptyTestId?: string;
  /** "12 thủ tục" above the table; none when unset. */
  count?: (total: number) => string;
  /** Pages of `pageSize` items, the current one and how to go to another; none when unset. */
  paging?: { page: number; pageSize: number; onChange: (page: number) => void };
  /** The table of the items. */
  children: ReactNode;
}

/**
 * The body of an administration list page: a spinner until the first answer, why the list could
 * not be read, what stands for an empty list, else the count, the table and the pages.
 */
export function ListPanel({ list, failedTitle, empty, emptyTestId, count, paging, children }: Props) {
  const { t } = useTranslation();
  const total = list.data?.total ?? list.data?.items.length ?? 0;
  const pages = paging ? Math.max(1, Math.ceil(total / paging.pageSize)) : 1;
  return (
    <Paper withBorder p={{ base: "md", sm: "xl" }} mt="lg">
      {list.loading && !list.data ? (
        <Center py="xl">
          <Loader />
        </Center>
      ) : list.error !== null ? (
        <Alert color="red" title={failedTitle}>
          {errorText(list.error, t)}
        </Alert>
      ) : list.data && list.data.items.length === 0 ? (
        <Text c="gray.7" data-testid={emptyTestId}>
          {empty}
        </Text>
      ) : (
        <>
          {count && (
            <Text fz="sm" c="gray.7" mb="sm">
              {count(total)}
            </Text>
          )}
          {children}
        </>
      )}
      {paging && pages > 1 && (
        <Group justify="center" mt="md">
          <Pagination total={pages} value={paging.page} onChange={paging.onChange} />
        </Group>
      )}
    </Paper>
  );
}
