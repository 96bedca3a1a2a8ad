import {
  Alert,
  Box,
  Button,
  CloseButton,
  Paper,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useDeferredValue, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorText } from "../api-client/error-text.ts";
import { AgencyCard } from "./AgencyCard.tsx";
import { groupAgencies, indexAgencies } from "./agency-groups.ts";
import type { AgenciesState } from "./useAgencies.ts";

/** The directory; the home page loads the agencies once and shares them with the due-date preview. */
export function AgencyDirectory({ state, retry }: { state: AgenciesState; retry: () => void }) {
  const { t } = useTranslation();

  return (
    <Box component="section" aria-labelledby="directory-title" data-testid="agency-directory">
      <Title order={2} id="directory-title" mb={4} fz={{ base: "1.375rem", sm: "1.625rem" }}>
        {t("directory.title")}
      </Title>
      <Text c="gray.7" mb="md">
        {t("directory.intro")}
      </Text>
      {state.status === "loading" && <DirectorySkeleton />}
      {state.status === "error" && (
        <Alert color="red" title={t("directory.loadError")} data-testid="agency-directory-error">
          <Text fz="sm">{errorText(state.error, t)}</Text>
          <Button mt="sm" variant="outline" onClick={retry}>
            {t("directory.retry")}
          </Button>
        </Alert>
      )}
      {state.status === "ready" && <DirectoryList agencies={state.agencies} />}
    </Box>
  );
}

function DirectoryList({ agencies }: { agencies: Parameters<typeof indexAgencies>[0] }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query);
  const indexed = useMemo(() => indexAgencies(agencies), [agencies]);
  const groups = useMemo(() => groupAgencies(indexed, deferredQuery), [indexed, deferredQuery]);
  const count = groups.reduce((sum, group) => sum + group.agencies.length, 0);

  if (agencies.length === 0) return <Text c="gray.7">{t("directory.empty")}</Text>;

  return (
    <Stack gap="lg">
      <Box>
        <TextInput
          type="search"
          label={t("directory.searchLabel")}
          placeholder={t("directory.searchPlaceholder")}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          data-testid="agency-search"
          maw={560}
          rightSection={
            query ? (
              <CloseButton aria-label={t("directory.clearSearch")} onClick={() => setQuery("")} size="sm" />
            ) : null
          }
        />
        <Text fz="sm" c="gray.7" mt={6} role="status" data-testid="agency-count">
          {count === 0
            ? t("directory.noResults", { query: deferredQuery.trim() })
            : t("directory.resultCount", { count })}
        </Text>
      </Box>
      {groups.map((group) => (
        <Box component="section" key={group.level} aria-labelledby={`level-${group.level}`}>
          <Title order={3} id={`level-${group.level}`} fz="lg" mb="sm" c="brand.8">
            {t(`directory.levels.${group.level}`)} ({group.agencies.length})
          </Title>
          <ul className="mc-agency-list">
            {group.agencies.map((item) => (
              <li key={item.agency.id}>
                <AgencyCard item={item} />
              </li>
            ))}
          </ul>
        </Box>
      ))}
    </Stack>
  );
}

function DirectorySkeleton() {
  const { t } = useTranslation();
  return (
    <Box role="status" aria-label={t("directory.loading")} data-testid="agency-directory-loading">
      <Skeleton height={36} maw={560} mb="lg" />
      <Skeleton height={22} width={220} mb="sm" />
      <ul className="mc-agency-list" aria-hidden="true">
        {["a", "b", "c", "d", "e", "f"].map((key) => (
          <li key={key}>
            <Paper withBorder p="md">
              <Skeleton height={18} width="80%" mb="sm" />
              <Skeleton height={12} width="40%" mb="xs" />
              <Skeleton height={12} mb="xs" />
              <Skeleton height={12} width="60%" />
            </Paper>
          </li>
        ))}
      </ul>
    </Box>
  );
}
