import { Alert, Button, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api-client/client.ts";
import { errorText } from "../../api-client/error-text.ts";
import { useRuleCitation } from "./rule-citation.ts";

/** 409: reload and try again; 422: the lifecycle's refusal with its rule; otherwise what went wrong. */
export function CommandFailure({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation();
  const conflict = error instanceof ApiError && error.status === 409;
  const rule = error instanceof ApiError ? error.problem.rule : undefined;
  const citation = useRuleCitation()(rule);
  return (
    <Alert
      color={conflict ? "orange" : "red"}
      title={conflict ? t("dossierCommand.conflictTitle") : t("dossierCommand.refused")}
      data-testid="command-error"
      data-code={error instanceof ApiError ? error.code : ""}
      data-rule={rule ?? ""}
      role="alert"
    >
      <Stack gap="xs">
        <Text fz="sm">{conflict ? t("dossierCommand.conflict") : errorText(error, t)}</Text>
        {citation && (
          <Text fz="xs" c="gray.8" data-testid="command-error-rule">
            {t("dossierCommand.rule", { rule: citation })}
          </Text>
        )}
        {conflict && (
          <Button
            variant="outline"
            color="orange.9"
            size="xs"
            onClick={onReload}
            data-testid="command-reload"
          >
            {t("dossierCommand.reload")}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
