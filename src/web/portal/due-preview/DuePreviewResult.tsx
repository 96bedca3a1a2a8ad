import { Box, Text } from "@mantine/core";
import { Trans, useTranslation } from "react-i18next";
import type { DueDatePreview } from "../../../contracts/calendar.ts";
import { useWallClockText } from "../../lib/useWallClockText.ts";
import { parseWallClock, vietnamWallClock } from "../../lib/wall-clock.ts";
import type { DuePreviewState } from "./useDuePreview.ts";

/** The sentence with the expected date, announced politely to screen readers when it changes. */
export function DuePreviewResult({ state }: { state: DuePreviewState }) {
  const { t } = useTranslation();
  const preview = state.status === "ready" ? state.preview : state.status === "loading" ? state.last : null;
  const busy = state.status === "loading";

  return (
    <Box
      role="status"
      aria-live="polite"
      aria-busy={busy}
      data-testid="due-preview-result"
      data-state={state.status}
      data-due-local={state.status === "ready" ? state.preview.dueLocal : undefined}
      p="md"
      bg="gold.0"
      mih={72}
      style={{
        borderLeft: "4px solid var(--mantine-color-gold-6)",
        opacity: busy && preview ? 0.6 : 1,
        transition: "opacity 120ms",
      }}
    >
      {preview ? (
        <PreviewText preview={preview} />
      ) : busy ? (
        <Text c="gray.7">{t("duePreview.calculating")}</Text>
      ) : (
        <Text c="gray.7">{t("duePreview.fixInputs")}</Text>
      )}
    </Box>
  );
}

function PreviewText({ preview }: { preview: DueDatePreview }) {
  const { t } = useTranslation();
  const text = useWallClockText();
  const from = vietnamWallClock(Date.parse(preview.from));
  const due = parseWallClock(preview.dueLocal);
  const countingStarts = Date.parse(preview.countingStartsAt);
  const startsLater = countingStarts > Date.parse(preview.from);

  return (
    <>
      <Text fz="lg" lh={1.5}>
        <Trans
          t={t}
          i18nKey="duePreview.result"
          values={{ from: text(from), due: due ? text(due) : preview.dueLocal }}
          components={{ b: <Text span fw={700} c="brand.8" /> }}
        />
      </Text>
      {startsLater && (
        <Text fz="sm" mt={6} c="gray.8" data-testid="due-preview-counting-starts">
          {t("duePreview.countingStarts", { start: text(vietnamWallClock(countingStarts)) })}
        </Text>
      )}
    </>
  );
}
