import type { ReactNode } from "react";

interface Fact {
  label: string;
  value: ReactNode;
  testId?: string;
}

/** Label and value pairs (a description list), side by side when there is room. */
export function Facts({ items }: { items: readonly Fact[] }) {
  return (
    <dl className="mc-facts">
      {items.map((item) => (
        <div key={item.label} data-testid={item.testId}>
          <dt className="mc-field-label">{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
