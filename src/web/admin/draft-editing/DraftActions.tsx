import { Button, Group } from "@mantine/core";
import type { ReactNode } from "react";

export interface DraftAction {
  label: string;
  onClick: () => void;
  /** Disabled for a reason of the editor's own (every action is while another runs). */
  disabled?: boolean;
}

/**
 * A draft editor's buttons: save, publish (or submit for approval), undo the unsaved changes when
 * the editor offers it, and discard; then `children` (what the draft's state is). The action
 * running (`busy`: "save" or the publish action's `name`) spins; the others wait for it. The buttons'
 * test ids are `<testIdPrefix>-save`, `-<name>`, `-undo` and `-discard`.
 */
export function DraftActions({
  testIdPrefix,
  busy,
  save,
  publish,
  undo,
  discard,
  children,
}: {
  testIdPrefix: string;
  busy: string | null;
  save: DraftAction;
  publish: DraftAction & { name: "publish" | "submit" };
  undo?: DraftAction;
  discard: DraftAction;
  children?: ReactNode;
}) {
  const waiting = busy !== null;
  return (
    <Group gap="sm">
      <Button
        onClick={save.onClick}
        loading={busy === "save"}
        disabled={waiting || save.disabled}
        data-testid={`${testIdPrefix}-save`}
      >
        {save.label}
      </Button>
      <Button
        variant="light"
        onClick={publish.onClick}
        loading={busy === publish.name}
        disabled={waiting || publish.disabled}
        data-testid={`${testIdPrefix}-${publish.name}`}
      >
        {publish.label}
      </Button>
      {undo && (
        <Button
          variant="default"
          onClick={undo.onClick}
          disabled={waiting || undo.disabled}
          data-testid={`${testIdPrefix}-undo`}
        >
          {undo.label}
        </Button>
      )}
      <Button
        variant="outline"
        color="red.9"
        onClick={discard.onClick}
        disabled={waiting || discard.disabled}
        data-testid={`${testIdPrefix}-discard`}
      >
        {discard.label}
      </Button>
      {children}
    </Group>
  );
}
