import { Button, Group, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { DossierCommandType, DossierView } from "../../../contracts/dossiers.ts";
import { CommandModal } from "./CommandModal.tsx";
import { isCommandType } from "./command-fields.ts";
import { DossierSection } from "./DossierSection.tsx";

/** One opening of a command's form; its idempotency key lives as long as the form. */
interface Opening {
  command: DossierCommandType;
  key: string;
}

/** The actions the officer may take now (the view's `allowedCommands`), and only those. */
export function CommandBar({ view, onChanged }: { view: DossierView; onChanged: () => void }) {
  const { t } = useTranslation();
  const [opening, setOpening] = useState<Opening | null>(null);
  const commands = view.allowedCommands.map((allowed) => allowed.command).filter(isCommandType);
  return (
    <DossierSection id="dossier-actions" title={t("dossierPage.actions.title")} testId="dossier-actions">
      {commands.length === 0 ? (
        <Text c="gray.7" data-testid="dossier-no-actions">
          {t("dossierPage.actions.none")}
        </Text>
      ) : (
        <Group gap="sm">
          {commands.map((command) => (
            <Button
              key={command}
              variant={command === commands[0] ? "filled" : "outline"}
              onClick={() => setOpening({ command, key: crypto.randomUUID() })}
              data-testid={`command-${command}`}
            >
              {t(`dossierCommand.commands.${command}`)}
            </Button>
          ))}
        </Group>
      )}
      {opening && (
        <CommandModal
          key={opening.key}
          view={view}
          command={opening.command}
          idempotencyKey={opening.key}
          onClose={() => setOpening(null)}
          onDone={() => {
            setOpening(null);
            onChanged();
          }}
          onReload={onChanged}
        />
      )}
    </DossierSection>
  );
}
