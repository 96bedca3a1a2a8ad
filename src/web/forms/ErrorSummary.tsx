import { Alert, Anchor, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Issue } from "../../domain/forms/issues.ts";
import { inputId } from "./error-paths.ts";

/**
 * Every problem of the form at once, above it, each linking to its input (GOV.UK's error summary):
 * the applicant sees everything to fix in one go, as REC-2 asks of officers too.
 */
export function ErrorSummary({
  issues,
  idPrefix,
  inputPaths,
  itemNameOf = () => null,
}: {
  issues: readonly Issue[];
  idPrefix: string;
  inputPaths: readonly string[];
  /** Which item of a repeatable group a path is in ("Người thân 2"), so that the same field twice is told apart. */
  itemNameOf?: (path: string) => string | null;
}) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  const placed = new Set(inputPaths);

  function focus(path: string) {
    const element = document.getElementById(inputId(idPrefix, path));
    if (!element) return;
    element.scrollIntoView({ block: "center" });
    element.focus({ preventScroll: true });
  }

  return (
    <Alert
      color="red"
      variant="light"
      title={t("formRenderer.summaryTitle", { count: issues.length })}
      data-testid="form-error-summary"
      role="alert"
      tabIndex={-1}
    >
      <List size="sm" spacing={4}>
        {issues.map((issue, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the same path may carry two problems
          <List.Item key={`${issue.path}-${i}`} data-path={issue.path}>
            {placed.has(issue.path) ? (
              <Anchor
                href={`#${inputId(idPrefix, issue.path)}`}
                c="red.9"
                fz="sm"
                onClick={(event) => {
                  event.preventDefault();
                  focus(issue.path);
                }}
              >
                {withItem(itemNameOf(issue.path), issue.message)}
              </Anchor>
            ) : (
              <Text fz="sm">
                {issue.path ? `${itemNameOf(issue.path) ?? issue.path}: ` : ""}
                {issue.message}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

function withItem(item: string | null, message: string): string {
  return item ? `${item}: ${message}` : message;
}
