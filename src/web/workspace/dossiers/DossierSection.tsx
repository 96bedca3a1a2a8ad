import { Paper, Title } from "@mantine/core";
import type { ReactNode } from "react";

/** One card of the dossier page, titled for screen readers' landmarks. */
export function DossierSection({
  id,
  title,
  children,
  testId,
}: {
  id: string;
  title: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Paper
      withBorder
      p={{ base: "md", sm: "lg" }}
      component="section"
      aria-labelledby={id}
      data-testid={testId}
    >
      <Title order={2} fz="h4" id={id} mb="sm" c="brand.8">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
