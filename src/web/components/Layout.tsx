import { Box, Container } from "@mantine/core";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Outlet, useLocation } from "react-router";
import { PageErrorBoundary } from "./PageErrorBoundary.tsx";
import { PageLoader } from "./PageLoader.tsx";
import { SiteFooter } from "./SiteFooter.tsx";
import { SiteHeader } from "./SiteHeader.tsx";

export function Layout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <>
      <a href="#main" className="mc-skip-link">
        {t("site.skipToContent")}
      </a>
      <SiteHeader />
      <Box component="main" id="main" tabIndex={-1} flex={1} py={{ base: "md", sm: "xl" }}>
        <Container size="lg">
          <PageErrorBoundary key={pathname}>
            <Suspense fallback={<PageLoader />}>
              <Outlet />
            </Suspense>
          </PageErrorBoundary>
        </Container>
      </Box>
      <SiteFooter />
    </>
  );
}
