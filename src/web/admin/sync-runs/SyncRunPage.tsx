import "../admin.css";
import { Alert, Button, Group, Stack } from "@mantine/core";
import { type ReactNode, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { StartedRun, SyncRun } from "../../../contracts/sync-runs.ts";
import { RequireOfficer } from "../../auth/RequireOfficer.tsx";
import { useAction } from "../../lib/useAction.ts";
import { useFetched } from "../../lib/useFetched.ts";
import { can, type WebPermission } from "../../workspace/roles.ts";
import { AdminPageHeader } from "../AdminPageHeader.tsx";
import { FailureAlert, LoadStatus, NoticeAlert } from "../PageAlerts.tsx";
import { SyncRunsTable } from "./SyncRunsTable.tsx";

/** While a run is in progress the page reads its progress this often. */
const POLL_MS = 2_000;

interface Overview {
  portalEnabled: boolean;
  runs: SyncRun[];
}

interface Props<O extends Overview> {
  /** Names the page's data. */
  name: string;
  permission: WebPermission;
  /** What "run now" needs. */
  runPermission: WebPermission;
  title: string;
  intro: string;
  runNowLabel: string;
  runNowTestId?: string;
  /** The overview, with the details of the run chosen with "Xem" (null: none chosen). */
  load: (runId: string | null, signal: AbortSignal) => Promise<O>;
  start: () => Promise<StartedRun>;
  /** Whether a run shown is in progress (the page then reads the overview again). */
  running: (overview: O) => boolean;
  /** The run whose details are shown, `chosen` being the one chosen with "Xem". */
  shownId: (overview: O, chosen: string | null) => string | null;
  summary: (run: O["runs"][number]) => ReactNode;
  /** The details of the run shown. */
  children: (overview: O) => ReactNode;
}

/**
 * The page of the runs of a job with the national portal (the procedure sync CFG-1, the
 * reconciliation INT-1): what the run shown found, the latest runs, and "run now" for the officers
 * allowed to, while the portal is connected and no run is in progress.
 */
export function SyncRunPage<O extends Overview>(props: Props<O>) {
  return (
    <RequireOfficer permission={props.permission} title={props.title}>
      {(officer) => <SyncRunView {...props} canRun={can(officer.roles, props.runPermission)} />}
    </RequireOfficer>
  );
}

function SyncRunView<O extends Overview>({
  name,
  title,
  intro,
  runNowLabel,
  runNowTestId,
  load,
  start,
  running: isRunning,
  shownId,
  summary,
  children,
  canRun,
}: Props<O> & { canRun: boolean }) {
  const { t } = useTranslation();
  const [runId, setRunId] = useState<string | null>(null);
  const fetched = useFetched(`${name}:${runId ?? ""}`, (signal) => load(runId, signal));
  const { data, loading, reload } = fetched;
  const [notice, setNotice] = useState<string | null>(null);
  const starting = useAction();
  const running = data !== null && isRunning(data);
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(reload, POLL_MS);
    return () => clearTimeout(timer);
  }, [running, reload]);

  const runNow = () =>
    starting.run(async () => {
      const { id } = await start();
      setNotice(t("syncRun.started"));
      setRunId(id);
    });

  return (
    <Stack gap="lg">
      <AdminPageHeader
        title={title}
        intro={intro}
        actions={
          <Group gap="xs">
            <Button variant="default" onClick={reload} loading={loading}>
              {t("syncRun.refresh")}
            </Button>
            {canRun && data?.portalEnabled && (
              <Button
                onClick={() => void runNow()}
                loading={starting.busy}
                disabled={running}
                data-testid={runNowTestId}
              >
                {runNowLabel}
              </Button>
            )}
          </Group>
        }
      />
      {data && !data.portalEnabled && <Alert color="yellow">{t("syncRun.portalOff")}</Alert>}
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />
      <FailureAlert failure={starting.failure} />
      <LoadStatus fetched={fetched} failedTitle={t("syncRun.loadFailed")} />
      {data && children(data)}
      {data && (
        <SyncRunsTable runs={data.runs} shownId={shownId(data, runId)} onShow={setRunId} summary={summary} />
      )}
    </Stack>
  );
}
