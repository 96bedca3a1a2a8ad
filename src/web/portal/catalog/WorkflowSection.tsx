import { Alert, Box, Group, NativeSelect, Skeleton, Stack, Text } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { PublicProcedure } from "../../../contracts/catalog.ts";
import { errorText } from "../../api-client/error-text.ts";
import { workflowsApi } from "../../api-client/workflows.ts";
import { useFetched } from "../../lib/useFetched.ts";
import { stepsFromPublic } from "./workflow-diagram/steps.ts";
import { WorkflowDiagram } from "./workflow-diagram/WorkflowDiagram.tsx";

/**
 * The electronic workflow in use at the chosen agency (PRC-1): who handles the dossier, in which
 * order and how long each step may take, as a diagram. Public: applicants see where their dossier
 * will go.
 */
export function WorkflowSection({
  procedure,
  agencyId,
  onAgencyChange,
}: {
  procedure: PublicProcedure;
  agencyId: string;
  onAgencyChange: (agencyId: string) => void;
}) {
  const { t } = useTranslation();
  const workflows = useFetched(procedure.id, (signal) => workflowsApi.inUse(procedure.id, null, signal));
  const list = workflows.data?.workflows ?? [];
  const shown = list.find((w) => w.agency.id === agencyId) ?? null;
  const steps = useMemo(() => (shown ? stepsFromPublic(shown.steps, t) : []), [shown, t]);

  if (workflows.loading && !workflows.data) return <Skeleton height={160} aria-hidden="true" />;
  if (workflows.error !== null) {
    return (
      <Alert color="red" title={t("procedure.workflow.loadError")}>
        {errorText(workflows.error, t)}
      </Alert>
    );
  }
  const agencyName = procedure.agencies.find((a) => a.id === agencyId)?.name ?? "";
  return (
    <Stack gap="md" data-testid="procedure-workflow">
      {procedure.agencies.length > 1 && (
        <NativeSelect
          maw={420}
          label={t("procedure.workflow.agency")}
          value={agencyId}
          onChange={(event) => onAgencyChange(event.currentTarget.value)}
          data={procedure.agencies.map((agency) => ({
            value: agency.id,
            label: list.some((w) => w.agency.id === agency.id)
              ? agency.name
              : t("procedure.workflow.agencyWithout", { agency: agency.name }),
          }))}
          data-testid="procedure-workflow-agency"
        />
      )}
      {shown ? (
        <>
          <Group gap="lg" wrap="wrap">
            <Text fz="sm">
              {t("procedure.workflow.total", { total: shown.totalText, statutory: shown.statutoryText })}
            </Text>
            {shown.basis && (
              <Text fz="sm" c="gray.7">
                {t("procedure.workflow.basis", { basis: shown.basis })}
              </Text>
            )}
          </Group>
          <Box maw={760}>
            <WorkflowDiagram
              steps={steps}
              label={t("procedure.workflow.diagramLabel", { agency: shown.agency.name })}
              data-testid="procedure-workflow-diagram"
            />
          </Box>
          <Text fz="xs" c="gray.7">
            {t("procedure.workflow.legend")}
          </Text>
        </>
      ) : (
        <Text c="gray.7" data-testid="procedure-workflow-none">
          {t("procedure.workflow.none", { agency: agencyName })}
        </Text>
      )}
    </Stack>
  );
}
