import { Box } from "@mantine/core";
import { useElementSize } from "@mantine/hooks";
import { type KeyboardEvent, useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { type DiagramStep, type Layout, layoutWorkflow, METRICS, type Box as StepBox } from "./layout.ts";

interface Props {
  steps: readonly DiagramStep[];
  /** Read out before the steps: "Quy trình giải quyết tại Sở Tư pháp". */
  label: string;
  /** Keys of the steps on the longest path (drawn stronger). */
  longest?: ReadonlySet<string>;
  /** Paths of steps with a problem (`steps[2]`, `steps[3].steps[0]`), drawn in red. */
  errorPaths?: ReadonlySet<string>;
  selected?: string | null;
  /** Steps can be chosen (the editor): each box becomes a button. */
  onSelect?: (key: string, path: string) => void;
  "data-testid"?: string;
}

const COLORS = {
  text: "var(--mantine-color-gray-9)",
  meta: "var(--mantine-color-gray-7)",
  duration: "var(--mantine-color-brand-8)",
  border: "var(--mantine-color-gray-4)",
  longest: "var(--mantine-color-gray-8)",
  error: "var(--mantine-color-red-9)",
  errorFill: "var(--mantine-color-red-0)",
  selected: "var(--mantine-color-blue-8)",
  transferFill: "var(--mantine-color-gold-0)",
  transferBorder: "var(--mantine-color-gold-7)",
  arrow: "var(--mantine-color-gray-7)",
};

/**
 * A workflow as an SVG diagram (PRC-1, PRC-4): each step a box with its duration and who does it,
 * arrows from `successorsOf`, a transfer to another agency as a lane holding that agency's steps.
 * It takes the width of its container; the text is wrapped to fit, down to 360 px phones.
 */
export function WorkflowDiagram({ steps, label, longest, errorPaths, selected, onSelect, ...rest }: Props) {
  const { t } = useTranslation();
  const { ref, width } = useElementSize();
  const available = width > 0 ? Math.floor(width) : 640;
  const layout = useMemo(() => layoutWorkflow(steps, Math.min(available, 760)), [steps, available]);
  const id = useId();
  const marker = `${id}-arrow`.replace(/:/g, "");
  const strong = `${marker}-strong`;
  const description = steps
    .map((step, i) =>
      t("workflowDiagram.stepText", {
        n: i + 1,
        name: step.name,
        duration: step.duration,
        who: step.who,
      }),
    )
    .join(" ");

  return (
    <Box ref={ref} w="100%" data-testid={rest["data-testid"]}>
      <svg
        width={layout.width}
        height={layout.height + 4}
        viewBox={`0 -2 ${layout.width} ${layout.height + 4}`}
        role={onSelect ? "group" : "img"}
        aria-label={onSelect ? label : undefined}
        aria-labelledby={onSelect ? undefined : `${marker}-title ${marker}-desc`}
        style={{ display: "block", maxWidth: "100%", fontFamily: "inherit" }}
      >
        {!onSelect && (
          <>
            <title id={`${marker}-title`}>{label}</title>
            <desc id={`${marker}-desc`}>{description}</desc>
          </>
        )}
        <defs>
          <marker
            id={marker}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" fill={COLORS.arrow} />
          </marker>
          <marker
            id={strong}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" fill={COLORS.longest} />
          </marker>
        </defs>
        <LayoutView
          layout={layout}
          longest={longest}
          errorPaths={errorPaths}
          selected={selected ?? null}
          onSelect={onSelect}
          marker={marker}
          strongMarker={strong}
        />
      </svg>
    </Box>
  );
}

function LayoutView({
  layout,
  longest,
  errorPaths,
  selected,
  onSelect,
  marker,
  strongMarker,
}: {
  layout: Layout;
  longest: ReadonlySet<string> | undefined;
  errorPaths: ReadonlySet<string> | undefined;
  selected: string | null;
  onSelect: ((key: string, path: string) => void) | undefined;
  marker: string;
  strongMarker: string;
}) {
  return (
    <>
      {layout.edges.map((edge) => {
        const onPath = longest?.has(edge.from) && longest.has(edge.to);
        return (
          <path
            key={`${edge.from}->${edge.to}`}
            d={edge.d}
            fill="none"
            stroke={onPath ? COLORS.longest : COLORS.arrow}
            strokeWidth={onPath ? 2 : 1.4}
            strokeDasharray={edge.routed && !onPath ? "5 3" : undefined}
            markerEnd={`url(#${onPath ? strongMarker : marker})`}
            data-edge={`${edge.from}->${edge.to}`}
          />
        );
      })}
      {layout.boxes.map((box) => (
        <StepView
          key={box.key}
          box={box}
          longest={longest}
          errorPaths={errorPaths}
          selected={selected}
          onSelect={onSelect}
          marker={marker}
          strongMarker={strongMarker}
        />
      ))}
    </>
  );
}

function StepView({
  box,
  longest,
  errorPaths,
  selected,
  onSelect,
  marker,
  strongMarker,
}: {
  box: StepBox;
  longest: ReadonlySet<string> | undefined;
  errorPaths: ReadonlySet<string> | undefined;
  selected: string | null;
  onSelect: ((key: string, path: string) => void) | undefined;
  marker: string;
  strongMarker: string;
}) {
  const { t } = useTranslation();
  const { pad, nameSize, nameLine, metaSize, metaLine } = METRICS;
  const failed = errorPaths
    ? [...errorPaths].some((p) => p === box.path || p.startsWith(`${box.path}.`))
    : false;
  const ownFailure = errorPaths?.has(box.path) ?? false;
  const isSelected = selected === box.key;
  const onLongest = longest?.has(box.key) ?? false;
  const transfer = box.kind === "transfer";
  const stroke = isSelected
    ? COLORS.selected
    : failed && (ownFailure || !transfer)
      ? COLORS.error
      : transfer
        ? COLORS.transferBorder
        : onLongest
          ? COLORS.longest
          : COLORS.border;
  const fill = failed && !transfer ? COLORS.errorFill : transfer ? COLORS.transferFill : "white";
  const interactive = onSelect !== undefined;
  const name = box.nameLines.join(" ");
  const aria = transfer
    ? t("workflowDiagram.transferLabel", { name, duration: box.duration, agency: box.whoLines.join(" ") })
    : t("workflowDiagram.stepLabel", { name, duration: box.duration, who: box.whoLines.join(" ") });

  function onKeyDown(event: KeyboardEvent<SVGGElement>) {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onSelect?.(box.key, box.path);
    }
  }

  let y = box.y + pad;
  const text = (content: string, size: number, color: string, weight = 400) => {
    const baseline = y + size;
    return (
      <text x={box.x + (transfer ? 12 : pad)} y={baseline} fontSize={size} fill={color} fontWeight={weight}>
        {content}
      </text>
    );
  };

  const content = (
    <>
      <rect
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        rx={6}
        fill={fill}
        stroke={stroke}
        strokeWidth={isSelected ? 3 : failed || onLongest ? 2 : 1.2}
        strokeDasharray={transfer && !isSelected && !failed ? "6 4" : undefined}
      />
      {box.nameLines.map((line) => {
        const node = text(line, nameSize, COLORS.text, 700);
        y += nameLine;
        return <g key={`n${y}`}>{node}</g>;
      })}
      {box.durationLines.map((line, i) => {
        if (i === 0) y += 4;
        const node = text(line, metaSize, COLORS.duration, 700);
        y += metaLine;
        return <g key={`d${y}`}>{node}</g>;
      })}
      {box.whoLines.map((line) => {
        const node = text(line, metaSize, COLORS.meta);
        y += metaLine;
        return <g key={`w${y}`}>{node}</g>;
      })}
    </>
  );

  return (
    <g
      data-step={box.key}
      data-path={box.path}
      data-error={failed || undefined}
      data-selected={isSelected || undefined}
    >
      {interactive ? (
        // biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; a <g role="button"> is the accessible way
        <g
          role="button"
          tabIndex={0}
          aria-label={aria}
          aria-pressed={isSelected}
          onClick={() => onSelect?.(box.key, box.path)}
          onKeyDown={onKeyDown}
          style={{ cursor: "pointer", outline: "none" }}
          className="mc-diagram-step"
          data-testid={`diagram-step-${box.key}`}
        >
          {content}
        </g>
      ) : (
        <g data-testid={`diagram-step-${box.key}`}>{content}</g>
      )}
      {box.inner && (
        <LayoutView
          layout={box.inner}
          longest={longest}
          errorPaths={errorPaths}
          selected={selected}
          onSelect={onSelect}
          marker={marker}
          strongMarker={strongMarker}
        />
      )}
    </g>
  );
}
