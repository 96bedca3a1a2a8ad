import { Button, Group, Modal, Paper, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PeriodClosed } from "../../../contracts/reports.ts";
import { formatInstant } from "../../lib/wall-clock.ts";
import { ActionFailure, type SubmitProps, useSubmit } from "./ReportAction.tsx";
import { reportClosingApi } from "./report-closing-api.ts";
import { choiceOf } from "./report-period.ts";
import type { Ii06aRequest } from "./reports-api.ts";

const MIN_REASON = 10;

/** The month (YYYY-MM) a request is exactly, or null: only a whole month is closed (RPT-3). */
export function monthOf(request: Ii06aRequest): string | null {
  const choice = choiceOf(request);
  return choice?.kind === "month" ? `${choice.year}-${String(choice.index).padStart(2, "0")}` : null;
}

/**
 * RPT-3, RPT-4: whether the month shown is closed (when, by whom), and for those allowed the
 * "Chốt số liệu" button (after a confirmation) or "Mở lại" (with a reason). The server decides:
 * a refusal (too early, already closed) is shown as it explains it.
 */
export function PeriodCloseBar({
  request,
  closed,
  canClose,
  onChanged,
}: {
  request: Ii06aRequest;
  closed: PeriodClosed | null;
  canClose: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<"close" | "reopen" | null>(null);
  const month = monthOf(request);
  if (!month) return null;
  const shown = month.split("-").reverse().join("/");
  const done = () => {
    setDialog(null);
    onChanged();
  };
  return (
    <Paper withBorder p="sm" mt="md" className="mc-no-print" data-testid="period-close">
      <Group justify="space-between" gap="sm">
        <Text fz="sm" data-testid="period-close-status" data-closed={closed ? "true" : "false"}>
          {closed
            ? t("periodClose.closed", {
                month: shown,
                date: formatInstant(closed.closedAt),
                name: closed.closedBy,
              })
            : t("periodClose.open", { month: shown })}
        </Text>
        {canClose &&
          (closed ? (
            <Button
              variant="outline"
              color="orange"
              onClick={() => setDialog("reopen")}
              data-testid="period-reopen"
            >
              {t("periodClose.reopen")}
            </Button>
          ) : (
            <Button onClick={() => setDialog("close")} data-testid="period-close-button">
              {t("periodClose.close")}
            </Button>
          ))}
      </Group>
      {dialog === "close" && (
        <CloseDialog
          month={shown}
          run={() => reportClosingApi.close(month, request.agencyId)}
          onDone={done}
          onCancel={() => setDialog(null)}
        />
      )}
      {dialog === "reopen" && (
        <ReopenDialog
          month={shown}
          run={(reason) => reportClosingApi.reopen(month, request.agencyId, reason)}
          onDone={done}
          onCancel={() => setDialog(null)}
        />
      )}
    </Paper>
  );
}

interface DialogProps<A extends unknown[]> extends SubmitProps<A> {
  month: string;
  onCancel: () => void;
}

function CloseDialog({ month, run, onDone, onCancel }: DialogProps<[]>) {
  const { t } = useTranslation();
  const { busy, error, submit } = useSubmit({ run, onDone });
  return (
    <Modal opened onClose={onCancel} title={t("periodClose.closeTitle", { month })} centered>
      <Stack>
        <Text fz="sm">{t("periodClose.closeText")}</Text>
        <ActionFailure error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("periodClose.cancel")}
          </Button>
          <Button loading={busy} onClick={() => submit()} data-testid="period-close-confirm">
            {t("periodClose.close")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ReopenDialog({ month, run, onDone, onCancel }: DialogProps<[string]>) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const [touched, setTouched] = useState(false);
  const { busy, error, submit } = useSubmit({ run, onDone });
  const tooShort = reason.trim().length < MIN_REASON;
  return (
    <Modal opened onClose={onCancel} title={t("periodClose.reopenTitle", { month })} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (!tooShort) void submit(reason.trim());
        }}
      >
        <Stack>
          <Textarea
            label={t("periodClose.reason")}
            description={t("periodClose.reasonHint")}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={touched && tooShort ? t("periodClose.reasonTooShort") : undefined}
            required
            autosize
            minRows={2}
            data-testid="period-reopen-reason"
          />
          <ActionFailure error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t("periodClose.cancel")}
            </Button>
            <Button type="submit" color="orange" loading={busy} data-testid="period-reopen-confirm">
              {t("periodClose.reopen")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
