import { Alert, Button } from "@mantine/core";
import { Component, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** Catches a failed lazy chunk (e.g. after a redeploy) or a render error, instead of a blank page. */
export class PageErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override render(): ReactNode {
    return this.state.failed ? <PageFailed /> : this.props.children;
  }
}

function PageFailed() {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t("errors.pageLoadFailed")}>
      <Button mt="sm" variant="outline" onClick={() => window.location.reload()}>
        {t("errors.reload")}
      </Button>
    </Alert>
  );
}
