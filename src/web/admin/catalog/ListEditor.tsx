import { Box, Button, Group, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** Rows of a list (fees, papers, legal documents): each edited in place, added, removed, reordered. */
export function ListEditor<T>({
  items,
  onChange,
  render,
  newItem,
  addLabel,
  readOnly,
  error,
}: {
  items: readonly T[];
  onChange: (items: T[]) => void;
  render: (item: T, index: number, update: (item: T) => void) => ReactNode;
  newItem: () => T;
  addLabel: string;
  readOnly: boolean;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const move = (from: number, to: number) => {
    const copy = [...items];
    const [moved] = copy.splice(from, 1);
    if (moved !== undefined) copy.splice(to, 0, moved);
    onChange(copy);
  };
  return (
    <Stack gap="sm">
      {error && (
        <Text c="red.9" fz="sm">
          {error}
        </Text>
      )}
      {items.length === 0 && (
        <Text fz="sm" c="gray.7">
          {t("adminCatalog.form.emptyList")}
        </Text>
      )}
      {items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are identified by their place
        <Box key={i} className="mc-list-row">
          <Group justify="space-between" mb={4} gap="xs">
            <Text fw={700} fz="sm">
              {i + 1}.
            </Text>
            {!readOnly && (
              <Group gap={4}>
                <Button
                  size="compact-xs"
                  variant="default"
                  disabled={i === 0}
                  onClick={() => move(i, i - 1)}
                  aria-label={t("adminCatalog.form.moveUpN", { n: i + 1 })}
                >
                  ↑
                </Button>
                <Button
                  size="compact-xs"
                  variant="default"
                  disabled={i === items.length - 1}
                  onClick={() => move(i, i + 1)}
                  aria-label={t("adminCatalog.form.moveDownN", { n: i + 1 })}
                >
                  ↓
                </Button>
                <Button
                  size="compact-xs"
                  variant="light"
                  color="red"
                  onClick={() => onChange(items.filter((_, j) => j !== i))}
                  aria-label={t("adminCatalog.form.removeN", { n: i + 1 })}
                >
                  {t("adminCatalog.form.remove")}
                </Button>
              </Group>
            )}
          </Group>
          {render(item, i, (next) => onChange(items.map((x, j) => (j === i ? next : x))))}
        </Box>
      ))}
      {!readOnly && (
        <Group>
          <Button size="compact-sm" variant="light" onClick={() => onChange([...items, newItem()])}>
            {addLabel}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
