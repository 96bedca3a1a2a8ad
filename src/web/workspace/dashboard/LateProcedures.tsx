import { Paper, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DashboardProcedure } from "../../../contracts/dashboard.ts";
import type { DashboardFigureRef } from "./dashboard-api.ts";
import { FigureButton } from "./FigureButton.tsx";

/** RPT-1: the procedures most often resolved late over twelve months; each late count opens its dossiers. */
export function LateProcedures({
  procedures,
  onOpen,
}: {
  procedures: DashboardProcedure[];
  onOpen: (f: DashboardFigureRef) => void;
}) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      p={{ base: "sm", sm: "lg" }}
      mt="lg"
      component="section"
      aria-labelledby="dashboard-late"
      className="mc-dashboard-card"
    >
      <Title order={2} fz="h4" id="dashboard-late" mb="sm">
        {t("dashboard.late.title")}
      </Title>
      {procedures.length === 0 ? (
        <Text c="gray.7">{t("dashboard.late.none")}</Text>
      ) : (
        <Table
          className="mc-stack-table mc-dashboard-table"
          verticalSpacing={4}
          data-testid="dashboard-late-table"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("dashboard.late.procedure")}</Table.Th>
              <Table.Th>{t("dashboard.late.resolved")}</Table.Th>
              <Table.Th>{t("dashboard.late.resolvedLate")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {procedures.map((procedure) => (
              <Table.Tr key={procedure.key}>
                <Table.Th scope="row">
                  {procedure.code} — {procedure.label}
                </Table.Th>
                <Table.Td data-label={t("dashboard.late.resolved")}>{procedure.resolved}</Table.Td>
                <Table.Td data-label={t("dashboard.late.resolvedLate")}>
                  <FigureButton
                    figure={{
                      figure: "late_procedure",
                      key: procedure.key,
                      figureLabel: t("dashboard.late.resolvedLate"),
                      groupLabel: procedure.label,
                    }}
                    count={procedure.resolvedLate}
                    onOpen={onOpen}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
