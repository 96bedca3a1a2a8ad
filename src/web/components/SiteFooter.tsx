import { Anchor, Box, Container, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useSite } from "../site/useSite.ts";

export function SiteFooter() {
  const { t } = useTranslation();
  const { site, operator, officeHours } = useSite();
  return (
    <Box
      component="footer"
      bg="brand.9"
      c="gray.0"
      mt="auto"
      style={{ borderTop: "4px solid var(--mantine-color-gold-5)" }}
    >
      <Container size="lg" py="lg">
        <Stack gap={6}>
          {site && (
            <>
              <Text fw={700} data-testid="footer-operator">
                {t("footer.operator", { operator: operator ?? site.operatorName })}
              </Text>
              <Text fz="sm">
                {t("footer.hotlineLabel")}:{" "}
                <Anchor
                  href={`tel:${site.hotline.replace(/[^\d+]/g, "")}`}
                  c="gold.2"
                  fw={700}
                  data-testid="footer-hotline"
                >
                  {site.hotline}
                </Anchor>
              </Text>
              <Text fz="sm">{t("footer.hours", { hours: officeHours ?? site.officeHours })}</Text>
            </>
          )}
          <Anchor
            component={Link}
            to="/phan-anh-kien-nghi"
            c="gold.2"
            fz="sm"
            fw={700}
            data-testid="footer-feedback"
          >
            {t("satisfaction.feedback.link")}
          </Anchor>
          <Text fz="xs" c="gray.4">
            {t("footer.openSource")}
          </Text>
        </Stack>
      </Container>
    </Box>
  );
}
