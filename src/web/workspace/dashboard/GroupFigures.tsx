import { Paper, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { DashboardFigure, DashboardGroup } from "../../../contracts/dashboard.ts";
import type { DashboardFigureRef } from "./dashboard-api.ts";
import { FigureButton } from "./FigureButton.tsx";

/** Which drill-down figure each count of a group opens (by unit, or by step). */
export interface GroupFigureNames {
  inProgress: DashboardFigure;
  overdue: DashboardFigure;
  dueSoon: DashboardFigure;
}

interface Props {
  id: string;
  title: string;
  groupHeading: string;
  groups: DashboardGroup[];
  figures: GroupFigureNames;
  /** Stacked overdue / due soon / within time (by unit), or overdue beside in progress (by step). */
  stacked: boolean;
  onOpen: (figure: DashboardFigureRef) => void;
}

const COLORS = { overdue: "#e03131", dueSoon: "#f08c00", withinTime: "#2f9e44", inProgress: "#1c7ed6" };

/**
 * RPT-1: dossiers in progress now by group as horizontal bars (a bar opens its dossiers), and the
 * same counts as a table for reading, printing and screen readers.
 */
export function GroupFigures({ id, title, groupHeading, groups, figures, stacked, onOpen }: Props) {
  const { t } = useTranslation();
  const data = groups.map((group) => ({
    ...group,
    withinTime: group.inProgress - group.overdue - group.dueSoon,
  }));
  const open = (figure: keyof GroupFigureNames, label: string) => (_: unknown, index: number) => {
    const group = groups[index];
    if (group)
      onOpen({ figure: figures[figure], key: group.key, figureLabel: label, groupLabel: group.label });
  };
  const label = {
    inProgress: t("dashboard.now.inProgress"),
    overdue: t("dashboard.now.overdue"),
    dueSoon: t("dashboard.now.dueSoon"),
    withinTime: t("dashboard.byUnit.withinTime"),
  };
  return (
    <Paper
      withBorder
      p={{ base: "sm", sm: "lg" }}
      mt="lg"
      component="section"
      aria-labelledby={id}
      className="mc-dashboard-card"
    >
      <Title order={2} fz="h4" id={id} mb="sm">
        {title}
      </Title>
      {groups.length === 0 ? (
        <Text c="gray.7">{t("dashboard.empty")}</Text>
      ) : (
        <>
          <div
            className="mc-dashboard-chart"
            style={{ height: Math.max(160, 48 + groups.length * 36) }}
            aria-hidden="true"
          >
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" allowDecimals={false} fontSize={12} />
                <YAxis type="category" dataKey="label" width={180} fontSize={11} />
                <Tooltip />
                <Legend />
                <Bar
                  dataKey="overdue"
                  name={label.overdue}
                  stackId={stacked ? "a" : undefined}
                  fill={COLORS.overdue}
                  onClick={open("overdue", label.overdue)}
                  cursor="pointer"
                  isAnimationActive={false}
                />
                {stacked ? (
                  <>
                    <Bar
                      dataKey="dueSoon"
                      name={label.dueSoon}
                      stackId="a"
                      fill={COLORS.dueSoon}
                      onClick={open("dueSoon", label.dueSoon)}
                      cursor="pointer"
                      isAnimationActive={false}
                    />
                    <Bar
                      dataKey="withinTime"
                      name={label.withinTime}
                      stackId="a"
                      fill={COLORS.withinTime}
                      isAnimationActive={false}
                    />
                  </>
                ) : (
                  <Bar
                    dataKey="inProgress"
                    name={label.inProgress}
                    fill={COLORS.inProgress}
                    onClick={open("inProgress", label.inProgress)}
                    cursor="pointer"
                    isAnimationActive={false}
                  />
                )}
              </BarChart>
            </ResponsiveContainer>
          </div>
          <Table
            className="mc-stack-table mc-dashboard-table"
            verticalSpacing={4}
            data-testid={`${id}-table`}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{groupHeading}</Table.Th>
                <Table.Th>{label.inProgress}</Table.Th>
                <Table.Th>{label.overdue}</Table.Th>
                <Table.Th>{label.dueSoon}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {groups.map((group) => (
                <Table.Tr key={group.key}>
                  <Table.Th scope="row">{group.label}</Table.Th>
                  {(["inProgress", "overdue", "dueSoon"] as const).map((name) => (
                    <Table.Td key={name} data-label={label[name]}>
                      <FigureButton
                        figure={{
                          figure: figures[name],
                          key: group.key,
                          figureLabel: label[name],
                          groupLabel: group.label,
                        }}
                        count={group[name]}
                        onOpen={onOpen}
                      />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Paper>
  );
}
