import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DraftList, type DraftSummary } from "../../../contracts/online-drafts.ts";
import { apiJson, apiVoid } from "../../api-client/client.ts";
import { errorText } from "../../api-client/error-text.ts";
import { useFetched } from "../../lib/useFetched.ts";
import { formatMoment } from "../format.ts";

/** Issue #14: "Hồ sơ đang soạn", the citizen's unsent online drafts, to resume or delete. */
export function DraftsSection() {
  const { t } = useTranslation();
  const list = useFetched("drafts", (signal) => apiJson("/api/citizen/drafts", DraftList, { signal }));
  const [failure, setFailure] = useState<unknown>(null);
  const items = list.data?.items ?? [];
  if (items.length === 0 && failure === null) return null;

  async function remove(item: DraftSummary) {
    setFailure(null);
    try {
      await apiVoid(`/api/citizen/drafts/${encodeURIComponent(item.procedureId)}`, { method: "DELETE" });
      list.reload();
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <Paper withBorder p={{ base: "md", sm: "xl" }} data-testid="my-drafts">
      <Title order={2} fz="h3">
        {t("myDossier.drafts.title")}
      </Title>
      <Text fz="sm" c="gray.7" mt={4}>
        {t("myDossier.drafts.intro")}
      </Text>
      {failure !== null && (
        <Alert color="red" mt="sm" title={t("myDossier.drafts.deleteFailed")}>
          {errorText(failure, t)}
        </Alert>
      )}
      <Stack gap="sm" mt="md" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
        {items.map((item) => (
          <li key={item.procedureId} data-testid="my-draft-row">
            <Text fw={600}>{item.procedureName}</Text>
            <Text fz="sm" c="gray.7">
              {item.procedureCode} · {t("myDossier.drafts.step", { n: item.step + 1 })} ·{" "}
              {t("myDossier.drafts.updated", { at: formatMoment(item.updatedAt) })}
            </Text>
            <Group gap="sm" mt={4}>
              <Anchor
                component={Link}
                to={`/thu-tuc/${encodeURIComponent(item.procedureCode)}/nop-truc-tuyen`}
              >
                {t("myDossier.drafts.resume")}
              </Anchor>
              <Button size="compact-sm" variant="subtle" color="red" onClick={() => void remove(item)}>
                {t("myDossier.drafts.delete")}
              </Button>
            </Group>
          </li>
        ))}
      </Stack>
    </Paper>
  );
}
