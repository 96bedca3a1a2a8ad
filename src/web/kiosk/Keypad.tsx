import { Button, SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/**
 * What a dossier code is made of (DossierCode: `000.00.06.H56-260213-0001`): digits, capital
 * letters (the agency's code), dots and dashes.
 */
const DIGITS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", ".", "0", "-"] as const;
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("");

const KEY_STYLE = { minHeight: 64, minWidth: 64, fontSize: "1.75rem" } as const;

/** The kiosk's on-screen keypad: large touch targets (≥ 64 px), one press one character. */
export function Keypad({
  onKey,
  onBackspace,
  onClear,
}: {
  onKey: (key: string) => void;
  onBackspace: () => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const key = (value: string) => (
    <Button
      key={value}
      variant="default"
      size="xl"
      style={KEY_STYLE}
      onClick={() => onKey(value)}
      data-testid={`kiosk-key-${value}`}
    >
      {value}
    </Button>
  );
  return (
    <Stack gap="md" role="group" aria-label={t("kiosk.keypad")} data-testid="kiosk-keypad">
      <Text component="h2" fz="lg" fw={700} c="gray.8" m={0}>
        {t("kiosk.digits")}
      </Text>
      <SimpleGrid cols={3} spacing="sm" maw={420}>
        {DIGITS.map(key)}
      </SimpleGrid>
      <Text component="h2" fz="lg" fw={700} c="gray.8" m={0}>
        {t("kiosk.letters")}
      </Text>
      <SimpleGrid cols={{ base: 5, sm: 7, md: 9 }} spacing="sm">
        {LETTERS.map(key)}
      </SimpleGrid>
      <SimpleGrid cols={2} spacing="sm" maw={560}>
        <Button
          variant="light"
          color="orange"
          size="xl"
          style={KEY_STYLE}
          onClick={onBackspace}
          data-testid="kiosk-backspace"
        >
          <span aria-hidden="true">⌫&nbsp;</span>
          {t("kiosk.backspace")}
        </Button>
        <Button
          variant="light"
          color="red"
          size="xl"
          style={KEY_STYLE}
          onClick={onClear}
          data-testid="kiosk-clear"
        >
          {t("kiosk.clear")}
        </Button>
      </SimpleGrid>
    </Stack>
  );
}
