import { Alert, Anchor, Box, Button, Group, List, Paper, Tabs, Text, Textarea, Title } from "@mantine/core";
import { useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FormVersionDetail } from "../../../contracts/forms.ts";
import type { FormDefinition } from "../../../domain/forms/definition.ts";
import type { Issue } from "../../../domain/forms/issues.ts";
import { validateFormDefinition } from "../../../domain/forms/validate-definition.ts";
import { adminFormsApi } from "../../api-client/forms.ts";
import { normalizeIssuePath } from "../../forms/error-paths.ts";
import { ConfirmModal } from "../draft-editing/ConfirmModal.tsx";
import { DraftActions } from "../draft-editing/DraftActions.tsx";
import { DraftOutcomeAlerts } from "../draft-editing/DraftOutcomeAlerts.tsx";
import { type DraftOutcome, outcomeOfSaveError } from "../draft-editing/draft-outcome.ts";
import { useLeaveWarning } from "../draft-editing/useLeaveWarning.ts";
import { editableDefinition } from "../form-editor/definition-edit.ts";
import { VisualFormEditor } from "../form-editor/VisualFormEditor.tsx";
import { FormPreview } from "./FormPreview.tsx";
import { lineOf, locateJsonPath } from "./json-locate.ts";

type Checked =
  | { kind: "syntax"; message: string }
  | { kind: "invalid"; parsed: unknown; errors: Issue[] }
  | { kind: "valid"; parsed: unknown; definition: FormDefinition };

type View = "visual" | "json";

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/**
 * The form editor (CFG-2): the definition edited field by field (the visual view) or as JSON (for
 * experts), both views editing the same text; checked on every change by the domain's
 * `validateFormDefinition` (every problem with its path: at its input in the visual view, a click
 * selects it in the JSON), beside the renderer's live preview of the last valid definition. Saving names the revision it was edited
 * from: if someone saved in between, the server refuses (409) and the editor offers to reload.
 */
export function FormEditor({
  detail,
  onSaved,
  onPublished,
  onDiscarded,
  onReload,
}: {
  detail: FormVersionDetail;
  onSaved: (detail: FormVersionDetail) => void;
  onPublished: (detail: FormVersionDetail) => void;
  onDiscarded: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => pretty(detail.definition));
  const [base, setBase] = useState({ text: pretty(detail.definition), revision: detail.revision });
  const [serverIssues, setServerIssues] = useState<Issue[]>([]);
  const [outcome, setOutcome] = useState<DraftOutcome>({ kind: "none" });
  const [busy, setBusy] = useState<null | "save" | "publish" | "discard">(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [view, setView] = useState<View>("visual");
  const area = useRef<HTMLTextAreaElement>(null);

  const checked = useMemo((): Checked => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      return { kind: "syntax", message: error instanceof Error ? error.message : String(error) };
    }
    const result = validateFormDefinition(parsed);
    return result.ok
      ? { kind: "valid", parsed, definition: result.definition }
      : { kind: "invalid", parsed, errors: result.errors };
  }, [text]);
  const editable = checked.kind === "syntax" ? null : editableDefinition(checked.parsed);
  // The preview keeps the last valid definition while the text is being fixed.
  const [lastValid, setLastValid] = useState<FormDefinition>(detail.definition);
  if (checked.kind === "valid" && checked.definition !== lastValid) setLastValid(checked.definition);

  const dirty = useMemo(() => {
    try {
      return JSON.stringify(JSON.parse(text)) !== JSON.stringify(JSON.parse(base.text));
    } catch {
      return true;
    }
  }, [text, base.text]);

  useLeaveWarning(dirty);

  // The server's answer repeats what the browser found: each problem once.
  const issues = [...(checked.kind === "invalid" ? checked.errors : []), ...serverIssues].filter(
    (issue, i, all) =>
      all.findIndex((o) => o.path === issue.path && o.code === issue.code && o.message === issue.message) ===
      i,
  );

  function edit(next: string) {
    setText(next);
    setServerIssues([]);
    if (outcome.kind !== "conflict") setOutcome({ kind: "none" });
  }

  function reveal(path: string) {
    setView("json");
    // The JSON view is shown on the next frame; the selection needs it on screen.
    requestAnimationFrame(() => select(path));
  }

  function select(path: string) {
    const element = area.current;
    const span = locateJsonPath(text, path);
    if (!element || !span) return;
    element.focus();
    element.setSelectionRange(span.start, span.end);
    // Scroll the selection into view: the line's share of the text's height.
    const line = lineOf(text, span.start);
    const lines = text.split("\n").length;
    element.scrollTop = Math.max(0, (element.scrollHeight * (line - 3)) / lines);
  }

  async function save(): Promise<FormVersionDetail | null> {
    let definition: unknown;
    try {
      definition = JSON.parse(text);
    } catch {
      setOutcome({ kind: "failed", text: t("adminForms.editor.fixSyntax") });
      return null;
    }
    setBusy("save");
    try {
      const saved = await adminFormsApi.updateDraft(
        detail.procedureId,
        detail.version,
        definition,
        base.revision,
      );
      const savedText = pretty(saved.definition);
      setBase({ text: savedText, revision: saved.revision });
      setText(savedText);
      setServerIssues([]);
      setOutcome({ kind: "saved" });
      onSaved(saved);
      return saved;
    } catch (error) {
      refused(error);
      return null;
    } finally {
      setBusy(null);
    }
  }

  function refused(error: unknown) {
    setOutcome(outcomeOfSaveError(error, t, setServerIssues, normalizeIssuePath));
  }

  async function publish() {
    if (dirty && !(await save())) return;
    setBusy("publish");
    try {
      onPublished(await adminFormsApi.publish(detail.procedureId, detail.version));
    } catch (error) {
      refused(error);
    } finally {
      setBusy(null);
    }
  }

  async function discard() {
    setBusy("discard");
    try {
      await adminFormsApi.discardDraft(detail.procedureId, detail.version);
      setConfirmDiscard(false);
      onDiscarded();
    } catch (error) {
      setConfirmDiscard(false);
      refused(error);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Box data-testid="form-editor" data-dirty={dirty} data-state={checked.kind}>
      <Box className="mc-form-columns">
        <Paper withBorder p="md">
          <Group justify="space-between" mb="xs" gap="xs">
            <Title order={2} fz="h4">
              {t("adminForms.editor.title", { version: detail.version })}
            </Title>
          </Group>
          <Tabs value={view} onChange={(next) => next && setView(next as View)} keepMounted={false}>
            <Tabs.List mb="sm">
              <Tabs.Tab value="visual" data-testid="form-tab-visual">
                {t("adminForms.editor.visualTab")}
              </Tabs.Tab>
              <Tabs.Tab value="json" data-testid="form-tab-json">
                {t("adminForms.editor.jsonTab")}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="visual">
              {editable ? (
                <VisualFormEditor
                  definition={editable}
                  issues={issues}
                  onChange={(next) => edit(pretty(next))}
                />
              ) : (
                <Alert color="orange" variant="light" data-testid="form-visual-unavailable">
                  {t("adminForms.editor.visualUnavailable")}
                </Alert>
              )}
            </Tabs.Panel>
            <Tabs.Panel value="json">
              <Group justify="space-between" mb="xs" gap="xs" wrap="nowrap">
                <Text fz="sm" c="gray.7">
                  {t("adminForms.editor.hint")}
                </Text>
                <Button
                  size="compact-sm"
                  variant="default"
                  onClick={() => {
                    try {
                      edit(pretty(JSON.parse(text)));
                    } catch {
                      // Not JSON yet: nothing to format.
                    }
                  }}
                  disabled={checked.kind === "syntax"}
                >
                  {t("adminForms.editor.format")}
                </Button>
              </Group>
              <Textarea
                ref={area}
                value={text}
                onChange={(event) => edit(event.currentTarget.value)}
                autosize
                minRows={18}
                maxRows={34}
                spellCheck={false}
                aria-label={t("adminForms.editor.label")}
                styles={{
                  input: {
                    fontFamily: "var(--mantine-font-family-monospace)",
                    fontSize: 13,
                    lineHeight: 1.45,
                  },
                }}
                data-testid="form-json"
              />
            </Tabs.Panel>
          </Tabs>
          <Box mt="sm" role="status" aria-live="polite">
            {checked.kind === "syntax" ? (
              <Alert
                color="red"
                variant="light"
                title={t("adminForms.editor.syntax")}
                data-testid="form-syntax-error"
              >
                <Text fz="sm" ff="monospace">
                  {checked.message}
                </Text>
              </Alert>
            ) : issues.length > 0 ? (
              <Alert
                color="red"
                variant="light"
                title={t("adminForms.editor.problems", { count: issues.length })}
                data-testid="form-definition-errors"
              >
                <List size="sm" spacing={4}>
                  {issues.map((issue, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a path can carry several problems
                    <List.Item key={`${issue.path}-${i}`} data-path={issue.path} data-code={issue.code}>
                      <Anchor
                        component="button"
                        type="button"
                        fz="sm"
                        ff="monospace"
                        onClick={() => reveal(issue.path)}
                      >
                        {issue.path || t("adminForms.editor.wholeForm")}
                      </Anchor>
                      : {issue.message}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            ) : (
              <Text fz="sm" c="teal.9" fw={600} data-testid="form-definition-valid">
                {t("adminForms.editor.valid")}
              </Text>
            )}
          </Box>
        </Paper>
        <Box className="mc-sticky">
          <FormPreview definition={lastValid} stale={checked.kind !== "valid"} />
        </Box>
      </Box>

      <Paper withBorder p="md" mt="md">
        <DraftActions
          testIdPrefix="form"
          busy={busy}
          save={{ label: t("adminForms.editor.save"), onClick: () => void save() }}
          publish={{
            name: "publish",
            label: t("adminForms.editor.publish"),
            onClick: () => void publish(),
            disabled: checked.kind !== "valid",
          }}
          undo={{ label: t("adminForms.editor.undo"), onClick: () => edit(base.text), disabled: !dirty }}
          discard={{ label: t("adminForms.editor.discard"), onClick: () => setConfirmDiscard(true) }}
        >
          <Text fz="sm" c="gray.7">
            {dirty
              ? t("adminForms.editor.unsaved")
              : t("adminForms.editor.revision", { revision: base.revision })}
          </Text>
        </DraftActions>
        <DraftOutcomeAlerts
          outcome={outcome}
          labels={{
            saved: t("adminForms.editor.saved"),
            refused: () => t("adminForms.editor.refused"),
            conflict: { title: t("adminForms.editor.conflict"), reload: t("adminForms.editor.reload") },
            failed: t("adminForms.editor.failed"),
          }}
          testIdPrefix="form"
          onReload={onReload}
        />
      </Paper>

      <ConfirmModal
        opened={confirmDiscard}
        onClose={() => setConfirmDiscard(false)}
        title={t("adminForms.editor.discardTitle")}
        message={t("adminForms.editor.discardConfirm")}
        confirmLabel={t("adminForms.editor.discard")}
        onConfirm={() => void discard()}
        loading={busy === "discard"}
        data-testid="form-discard-confirm"
      />
    </Box>
  );
}
