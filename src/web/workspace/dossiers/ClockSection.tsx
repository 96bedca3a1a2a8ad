import { Badge, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DossierView } from "../../../contracts/dossiers.ts";
import { formatMoment } from "../../citizen/format.ts";
import { durationText } from "../../portal/catalog/format.ts";
import { DossierSection } from "./DossierSection.tsx";
import { Facts } from "./Facts.tsx";
import { RemainingTime } from "./RemainingTime.tsx";
import { SubDeadlines } from "./SubDeadlines.tsx";
import { TimeBadge } from "./TimeBadge.tsx";

/** The deadline clock (CAL, PRC-5..8, PAU): received, due and appointment, time left, the step's own clock. */
export function ClockSection({ view }: { view: DossierView }) {
  const { t } = useTranslation();
  const { clock, step } = view;
  const moment = (iso: string | null) => (iso ? formatMoment(iso) : t("dossierPage.notYet"));
  return (
    <DossierSection id="dossier-clock" title={t("dossierPage.clock.title")} testId="dossier-clock">
      <Group gap="xs" mb="md">
        <TimeBadge timeClass={clock.timeClass} size="lg" />
        <Badge
          variant="outline"
          color={clock.phase === "paused" || clock.phase === "stopped" ? "orange.9" : "gray.8"}
          radius="sm"
          tt="none"
          size="lg"
          data-testid="dossier-clock-phase"
          data-phase={clock.phase}
        >
          {t(`dossierPage.clock.phases.${clock.phase}`)}
        </Badge>
        {clock.finish && (
          <Badge
            radius="sm"
            tt="none"
            size="lg"
            color={clock.finish.outcome === "late" ? "red.9" : "teal.9"}
            data-testid="dossier-finish"
            data-outcome={clock.finish.outcome}
          >
            {clock.finish.outcome === "late" && clock.apologised
              ? t("dossierPage.clock.lateWithApology")
              : t(`dossierPage.clock.finish.${clock.finish.outcome}`)}
          </Badge>
        )}
      </Group>
      <Facts
        items={[
          { label: t("dossierPage.clock.submitted"), value: moment(view.submittedAt) },
          { label: t("dossierPage.clock.received"), value: moment(view.receivedAt) },
          { label: t("dossierPage.clock.due"), value: moment(clock.due), testId: "dossier-due" },
          { label: t("dossierPage.clock.appointment"), value: moment(clock.appointment) },
          {
            label: t("dossierPage.clock.remaining"),
            value:
              clock.remainingMinutes === null ? (
                t("dossierPage.clock.notCounting")
              ) : (
                <RemainingTime
                  minutes={clock.remainingMinutes}
                  minutesPerDay={clock.minutesPerDay}
                  overdue={clock.overdue}
                />
              ),
          },
          {
            label: t("dossierPage.clock.processingTime"),
            value: durationText(view.procedure.processingTime, t, view.procedure.sameDayCutoff),
          },
        ]}
      />
      {step && (
        <Stack gap={4} mt="md" data-testid="dossier-step">
          <Text fw={700}>{t("dossierPage.clock.step", { step: step.name })}</Text>
          <Text fz="sm">
            {[step.unitName, step.assigneeName ?? t("dossierPage.clock.unassigned")]
              .filter(Boolean)
              .join(" · ")}
          </Text>
          <Group gap="xs">
            <Text fz="sm">{t("dossierPage.clock.stepDue", { due: formatMoment(step.due) })}</Text>
            <RemainingTime
              minutes={step.remainingMinutes}
              minutesPerDay={clock.minutesPerDay}
              overdue={step.overdue}
            />
          </Group>
        </Stack>
      )}
      <SubDeadlines items={view.subDeadlines} />
    </DossierSection>
  );
}
