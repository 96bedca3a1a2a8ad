import { Paper, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

/**
 * One part of the reception form, titled for screen readers' heading navigation. Parts are
 * numbered in the order shown (reception.css), so parts that appear later (the e-form and the
 * components, once a procedure is chosen) never leave a gap; an optional part stays unnumbered.
 */
export function Section({
  id,
  title,
  hint,
  numbered = true,
  children,
}: {
  id: string;
  title: string;
  hint?: string;
  numbered?: boolean;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p={{ base: "md", sm: "xl" }} component="section" aria-labelledby={id}>
      <Title
        order={2}
        fz="h3"
        id={id}
        mb={hint ? 4 : "md"}
        className={numbered ? "mc-numbered-part" : undefined}
      >
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
