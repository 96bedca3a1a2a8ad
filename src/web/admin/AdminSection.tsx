import { Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

interface Props {
  title: string;
  /** A line under the heading saying what the section is for. */
  intro?: string;
  children: ReactNode;
}

/** A titled card of an administration page. */
export function AdminSection({ title, intro, children }: Props) {
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {title}
        </Title>
        {intro && (
          <Text fz="sm" c="dimmed">
            {intro}
          </Text>
        )}
        {children}
      </Stack>
    </Paper>
  );
}
