import { Anchor, Button, Group, Paper, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";

/** The portal home's search box: straight into the procedure catalog (LKP-2). Kept tiny: it is in the first load. */
export function HomeSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState("");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const q = text.trim();
    navigate(q ? `/thu-tuc?${new URLSearchParams({ q })}` : "/thu-tuc");
  }

  return (
    <Paper
      component="section"
      aria-labelledby="home-search-title"
      withBorder
      p={{ base: "md", sm: "xl" }}
      mb="xl"
      bg="brand.0"
      style={{ borderTop: "4px solid var(--mantine-color-brand-7)" }}
      data-testid="home-search"
    >
      <Title order={2} id="home-search-title" fz={{ base: "1.375rem", sm: "1.625rem" }} mb={4}>
        {t("catalog.homeTitle")}
      </Title>
      <Text c="gray.8" mb="md">
        {t("catalog.homeHint")}
      </Text>
      <search>
        <form onSubmit={onSubmit} aria-labelledby="home-search-title">
          <Group gap="sm" align="flex-end">
            <TextInput
              flex="1 1 14rem"
              size="lg"
              type="search"
              aria-label={t("catalog.searchLabel")}
              placeholder={t("catalog.searchPlaceholder")}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              autoComplete="off"
              enterKeyHint="search"
              data-testid="home-search-input"
            />
            <Button type="submit" size="lg" data-testid="home-search-submit">
              {t("catalog.searchButton")}
            </Button>
          </Group>
        </form>
      </search>
      <Anchor component={Link} to="/thu-tuc" fw={600} mt="sm" display="inline-block">
        {t("catalog.browseAll")} →
      </Anchor>
    </Paper>
  );
}
