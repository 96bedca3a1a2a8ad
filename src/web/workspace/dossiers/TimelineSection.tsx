import { Group, Text, Timeline } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DossierView } from "../../../contracts/dossiers.ts";
import { formatMoment } from "../../citizen/format.ts";
import { DossierSection } from "./DossierSection.tsx";
import { FileLink } from "./FileLink.tsx";
import { HandOverBadge } from "./HandOverBadge.tsx";
import { useRuleCitation } from "./rule-citation.ts";
import { actorText, eventTitle, factsText } from "./timeline-text.ts";

/** The history of the dossier (append-only, newest first): what, who, when, the note and the files it brought. */
export function TimelineSection({ view }: { view: DossierView }) {
  const { t } = useTranslation();
  const citation = useRuleCitation();
  const entries = [...view.timeline].reverse();
  return (
    <DossierSection id="dossier-timeline" title={t("dossierPage.timeline.title")} testId="dossier-timeline">
      <Timeline bulletSize={14} lineWidth={2} active={entries.length}>
        {entries.map((entry) => {
          const detail = factsText(entry.facts, t);
          const rule = citation(entry.rule);
          return (
            <Timeline.Item
              key={entry.version}
              title={
                <Group gap="xs" wrap="wrap">
                  <Text fw={700} fz="sm" data-testid="timeline-title">
                    {eventTitle(entry, t)}
                  </Text>
                  <HandOverBadge handOver={entry.handOver} />
                </Group>
              }
              data-testid="timeline-entry"
              data-type={entry.type}
            >
              <Text fz="xs" c="gray.8">
                {formatMoment(entry.at)} · {actorText(entry.actor, t)}
                {rule && ` · ${rule}`}
              </Text>
              {detail && (
                <Text fz="sm" mt={2}>
                  {detail}
                </Text>
              )}
              <Group gap="sm" mt={2}>
                {view.attachments
                  .filter(
                    (item) => item.version === entry.version && item.purpose !== "component" && item.file,
                  )
                  .map((item) =>
                    item.file ? (
                      <FileLink
                        key={item.file.id}
                        dossierId={view.id}
                        fileId={item.file.id}
                        name={item.file.name ?? item.name}
                      />
                    ) : null,
                  )}
              </Group>
            </Timeline.Item>
          );
        })}
      </Timeline>
    </DossierSection>
  );
}
