import { Box, Divider, List, Paper, Skeleton, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../components/PageTitle.tsx";
import { useSite } from "../site/useSite.ts";
import { AgencyDirectory } from "./AgencyDirectory.tsx";
import { HomeSearch } from "./catalog/HomeSearch.tsx";
import { DuePreviewCard } from "./due-preview/DuePreviewCard.tsx";
import { useAgencies } from "./useAgencies.ts";

const canDo = ["find", "submit", "track", "rate"] as const;

export function HomePage() {
  const { t } = useTranslation();
  const { state: siteState, province } = useSite();
  const agencies = useAgencies();
  return (
    <>
      <PageTitle>{t("home.title")}</PageTitle>
      <Paper
        component="section"
        aria-labelledby="home-title"
        withBorder
        p={{ base: "md", sm: "xl" }}
        mb="xl"
        style={{ borderLeft: "6px solid var(--mantine-color-gold-5)" }}
      >
        <Title
          order={1}
          id="home-title"
          c="brand.8"
          fz={{ base: "1.75rem", sm: "2.125rem" }}
          data-testid="home-title"
        >
          {t("home.title")}
        </Title>
        {siteState.status === "loading" ? (
          <Skeleton height={20} mt="sm" maw={560} aria-hidden="true" />
        ) : (
          <Text fz="lg" mt="xs" data-testid="home-lead">
            {province ? t("home.lead", { province }) : t("home.leadGeneric")}
          </Text>
        )}
        <Divider my="md" />
        <Box>
          <Text fw={700} mb="xs">
            {t("home.canDoTitle")}:
          </Text>
          <List spacing="xs">
            {canDo.map((key) => (
              <List.Item key={key}>{t(`home.canDo.${key}`)}</List.Item>
            ))}
          </List>
        </Box>
      </Paper>
      <HomeSearch />
      <DuePreviewCard agencies={agencies.state.status === "ready" ? agencies.state.agencies : []} />
      <AgencyDirectory state={agencies.state} retry={agencies.retry} />
    </>
  );
}
