import {
  INBOX_BOXES,
  type InboxBox,
  type InboxCounts,
  type InboxRow,
  type TimeClass,
} from "../../../contracts/dossiers.ts";

/** The boxes in the address (`?hop=`), in Vietnamese so that a link reads well. */
export const BOX_SLUGS: Readonly<Record<InboxBox, string>> = {
  to_receive: "cho-tiep-nhan",
  to_process: "dang-xu-ly",
  to_approve: "cho-phe-duyet",
  to_return: "tra-ket-qua",
  overdue: "qua-han",
  due_soon: "sap-den-han",
};

/** The work boxes, in the order a dossier goes through them. */
const WORK_BOXES: readonly InboxBox[] = ["to_receive", "to_process", "to_approve", "to_return"];

/**
 * The box of the address; without one, the first work box with dossiers in it (an officer opens the
 * inbox where their work is), "to process" while the counts load or when every box is empty.
 */
export function boxOf(slug: string | null, counts: InboxCounts["counts"] | null): InboxBox {
  const chosen = INBOX_BOXES.find((box) => BOX_SLUGS[box] === slug);
  if (chosen) return chosen;
  return WORK_BOXES.find((box) => (counts?.[box] ?? 0) > 0) ?? "to_process";
}

export const TIME_CLASSES: readonly TimeClass[] = ["overdue", "due_soon", "ok", "none"];

/** The rows of the page shown of the chosen remaining-time class, when there is one. */
export function filterByTime(rows: readonly InboxRow[], timeClass: TimeClass | null): InboxRow[] {
  return rows.filter((row) => timeClass === null || row.timeClass === timeClass);
}
