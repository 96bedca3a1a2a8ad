import { Badge } from "@mantine/core";
import type { ReactNode } from "react";

/**
 * Colour, symbol and words together: a state is never told by colour alone. Light badges take a
 * colour name (Mantine derives their text colour); filled ones a dark shade for contrast.
 */
export interface BadgeLook {
  readonly color: string;
  readonly symbol: string;
  readonly variant: "light" | "filled";
}

interface Props {
  look: BadgeLook;
  size: "sm" | "md" | "lg";
  title?: string | undefined;
  children: ReactNode;
  [data: `data-${string}`]: string;
}

export function SymbolBadge({ look, size, title, children, ...data }: Props) {
  return (
    <Badge
      color={look.color}
      variant={look.variant}
      radius="sm"
      tt="none"
      size={size}
      leftSection={<span aria-hidden="true">{look.symbol}</span>}
      title={title}
      {...data}
    >
      {children}
    </Badge>
  );
}
