import { Button, Group, Paper, Switch, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { FormDefinition } from "../../../domain/forms/definition.ts";
import { FormRenderer } from "../../forms/FormRenderer.tsx";
import { isoDate, vietnamWallClock } from "../../lib/wall-clock.ts";

/** The form as an applicant sees it (the shared renderer), to try while it is written. */
export function FormPreview({
  definition,
  stale = false,
}: {
  definition: FormDefinition | null;
  stale?: boolean;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState<Record<string, unknown>>({});
  const [showAll, setShowAll] = useState(false);
  const today = isoDate(vietnamWallClock(Date.now()));
  return (
    <Paper withBorder p="md" data-testid="form-preview" data-stale={stale}>
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} fz="h4">
          {t("adminForms.preview.title")}
        </Title>
        <Group gap="sm">
          <Switch
            label={t("adminForms.preview.showAll")}
            checked={showAll}
            onChange={(event) => setShowAll(event.currentTarget.checked)}
          />
          <Button size="compact-sm" variant="default" onClick={() => setValue({})}>
            {t("adminForms.preview.reset")}
          </Button>
        </Group>
      </Group>
      {stale && (
        <Text fz="sm" c="orange.9" mb="sm" data-testid="form-preview-stale">
          {t("adminForms.preview.stale")}
        </Text>
      )}
      {definition ? (
        <div style={{ opacity: stale ? 0.6 : 1 }}>
          <Text fw={700} mb={4}>
            {definition.title}
          </Text>
          {definition.description && (
            <Text fz="sm" c="gray.7" mb="sm">
              {definition.description}
            </Text>
          )}
          <FormRenderer
            definition={definition}
            value={value}
            onChange={setValue}
            today={today}
            showAllErrors={showAll}
            idPrefix="mc-preview"
          />
        </div>
      ) : (
        <Text c="gray.7">{t("adminForms.preview.none")}</Text>
      )}
    </Paper>
  );
}
