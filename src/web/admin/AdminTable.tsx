import { Table, Text } from "@mantine/core";
import type { ReactNode } from "react";

interface Props {
  /** The headings; "" for a column without one, `false` for a column left out. */
  columns: readonly (string | false)[];
  /** Rows (`Table.Tr`). */
  children: ReactNode;
  /** Said instead of the table when set (nothing to list). */
  none?: string | false;
  noneTestId?: string;
  minWidth?: number;
  striped?: boolean;
  "data-testid": string;
}

/** A table of an administration page that scrolls sideways on a phone, or what stands for it when empty. */
export function AdminTable({ columns, children, none, noneTestId, minWidth = 720, striped, ...rest }: Props) {
  if (none) return <Text data-testid={noneTestId}>{none}</Text>;
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped={striped} data-testid={rest["data-testid"]}>
        <Table.Thead>
          <Table.Tr>
            {columns
              .filter((heading) => heading !== false)
              .map((heading, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: headings are fixed and may be blank
                <Table.Th key={index}>{heading}</Table.Th>
              ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
