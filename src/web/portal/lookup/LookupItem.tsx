import { Box, Text } from "@mantine/core";
import type { ReactNode } from "react";

/** One term and its value in the lookup's description list. */
export function LookupItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box>
      <Text component="dt" className="mc-field-label">
        {label}
      </Text>
      <Box component="dd" m={0}>
        {children}
      </Box>
    </Box>
  );
}
