import type { DossierComponent } from "../../../contracts/catalog.ts";
import type { ResultDelivery, StoredFileInfo } from "../../../contracts/dossiers.ts";
import type { FormDefinition } from "../../../domain/forms/definition.ts";

/**
 * REC-4 one topic a page: who applies (from the e-ID), each section of the e-form, the papers,
 * how the result comes back (REC-7), then the answers checked before sending.
 */
export type SubmissionStep =
  | { kind: "applicant" }
  | { kind: "section"; key: string; title: string }
  | { kind: "components" }
  | { kind: "delivery" }
  | { kind: "review" };

/** What the citizen has filled in so far; `key` is the draft's Idempotency-Key, made once. */
export interface SubmissionDraft {
  key: string;
  agencyId: string;
  formData: Record<string, unknown>;
  /** The files uploaded for each component, by the component's position in the catalog. */
  files: Record<number, StoredFileInfo[]>;
  resultDelivery: ResultDelivery | null;
}

export function stepsOf(
  definition: FormDefinition,
  visibleSection: (index: number) => boolean,
): SubmissionStep[] {
  const sections = definition.sections.flatMap((section, i) =>
    visibleSection(i) ? [{ kind: "section" as const, key: section.key, title: section.title }] : [],
  );
  return [
    { kind: "applicant" },
    ...sections,
    { kind: "components" },
    { kind: "delivery" },
    { kind: "review" },
  ];
}

/** A component needs a file online when it is required and asks for papers (one that is only shown does not). */
export function needsFile(component: DossierComponent): boolean {
  return component.required && component.originals + component.certifiedCopies + component.photocopies > 0;
}

/** The positions of the components that still need a file (REC-4: all of them before sending). */
export function missingComponents(
  components: readonly DossierComponent[],
  files: SubmissionDraft["files"],
): number[] {
  return components.flatMap((component, index) =>
    needsFile(component) && (files[index]?.length ?? 0) === 0 ? [index] : [],
  );
}

/** The request's components: every file of every component, in order. */
export function componentsOf(files: SubmissionDraft["files"]): { index: number; fileId: string }[] {
  return Object.entries(files)
    .map(([index, list]) => ({ index: Number(index), list }))
    .sort((a, b) => a.index - b.index)
    .flatMap(({ index, list }) => list.map((file) => ({ index, fileId: file.id })));
}

/** REC-4: the first file whose digital signature the server verified over the whole file, if any. */
export function signedFile(files: SubmissionDraft["files"]): StoredFileInfo | undefined {
  return Object.values(files)
    .flat()
    .find((file) => file.signature?.valid === true && file.signature.coversWholeDocument);
}

/** The largest file the server takes (store-file.ts), refused here before it is sent. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
