import { Paper, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

/** One numbered part of the reception form, titled for screen readers' heading navigation. */
export function Section({
  id,
  title,
  hint,
  children,
}: {
  id: string;
  title: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p={{ base: "md", sm: "xl" }} component="section" aria-labelledby={id}>
      <Title order={2} fz="h3" id={id} mb={hint ? 4 : "md"}>
        {title}
      </Title>
      {hint && (
        <Text fz="sm" c="gray.7" mb="md">
          {hint}
        </Text>
      )}
      {children}
    </Paper>
  );
}
