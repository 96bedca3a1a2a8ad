import { Text, Timeline } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CitizenDossierView } from "../../../contracts/dossiers.ts";
import { DossierSection } from "../../workspace/dossiers/DossierSection.tsx";
import { formatMoment } from "../format.ts";

/** The dossier's history as the applicant may read it, newest first. */
export function ProgressSection({ view }: { view: CitizenDossierView }) {
  const { t } = useTranslation();
  const entries = [...view.timeline].reverse();
  return (
    <DossierSection
      id="my-dossier-timeline"
      title={t("myDossier.timelineTitle")}
      testId="my-dossier-timeline"
    >
      <Timeline bulletSize={14} lineWidth={2} active={entries.length}>
        {entries.map((entry) => (
          <Timeline.Item
            key={entry.version}
            title={
              <Text fw={700} fz="sm">
                {entry.label}
              </Text>
            }
            data-testid="my-dossier-timeline-entry"
          >
            <Text fz="xs" c="gray.8">
              {formatMoment(entry.at)}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </DossierSection>
  );
}
