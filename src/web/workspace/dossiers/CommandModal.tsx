import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { DossierCommandType, DossierView } from "../../../contracts/dossiers.ts";
import { ApiError } from "../../api-client/client.ts";
import { dossiersApi } from "../../api-client/dossiers.ts";
import { CommandFailure } from "./CommandFailure.tsx";
import { CommandField } from "./CommandField.tsx";
import { buildCommandBody, commandFields, type FieldValue, initialValues } from "./command-fields.ts";
import { recipientText } from "./recipient.ts";

interface Props {
  view: DossierView;
  command: DossierCommandType;
  idempotencyKey: string;
  onClose: () => void;
  /** The command was accepted: the page shows the dossier as it is now. */
  onDone: () => void;
  /** Someone else changed the dossier: load it again, keeping the form open. */
  onReload: () => void;
}

/** The form of one command, built from its schema; refusals stay in the form, with their rule. */
export function CommandModal({ view, command, idempotencyKey, onClose, onDone, onReload }: Props) {
  const { t } = useTranslation();
  const fields = commandFields(command);
  const recipient = recipientText(view, command, t);
  const [values, setValues] = useState<Record<string, FieldValue>>(() => initialValues(fields));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const check = buildCommandBody(command, fields, values, view.version, t("dossierCommand.required"));
    if (!check.ok) {
      setErrors(check.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await dossiersApi.command(command, view.id, check.body, idempotencyKey);
      onDone();
    } catch (error) {
      setFailure(error);
      if (error instanceof ApiError) setErrors(fieldErrorsOf(error));
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t(`dossierCommand.commands.${command}`)} centered size="lg">
      <form
        onSubmit={(event) => void submit(event)}
        noValidate
        data-testid="command-form"
        data-command={command}
      >
        <Stack gap="md">
          {fields.length === 0 && <Text fz="sm">{t("dossierCommand.confirm", { code: view.code })}</Text>}
          {recipient && (
            <Text fz="sm" fw={600} data-testid="command-recipient">
              {recipient}
            </Text>
          )}
          {fields.map((field) => (
            <CommandField
              key={field.name}
              view={view}
              command={command}
              field={field}
              value={values[field.name]}
              error={errors[field.name]}
              onChange={(value) => setValues((current) => ({ ...current, [field.name]: value }))}
            />
          ))}
          {failure !== null && <CommandFailure error={failure} onReload={onReload} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t("admin.cancel")}
            </Button>
            <Button type="submit" loading={busy} data-testid="command-submit">
              {t(`dossierCommand.commands.${command}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The server's field errors (422 validation), by the field's name. */
function fieldErrorsOf(error: ApiError): Record<string, string> {
  const entries = (error.problem.errors ?? []).map((issue) => [
    issue.path.split(".").at(-1) ?? "",
    issue.message,
  ]);
  return Object.fromEntries(entries);
}
