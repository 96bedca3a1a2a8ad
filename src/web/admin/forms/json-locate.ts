/**
 * Where a value sits in a JSON text, by the path problems are reported with
 * (`sections[1].fields[2].visibleWhen.field`): the editor selects it when a problem is clicked.
 * A small scanner of valid JSON that records the span of every value; null when the text is not
 * JSON or the path is not in it.
 */
interface Span {
  start: number;
  end: number;
}

export function locateJsonPath(text: string, path: string): Span | null {
  try {
    JSON.parse(text);
  } catch {
    return null;
  }
  const spans = new Map<string, Span>();
  let i = 0;
  const skip = () => {
    while (i < text.length && /\s/.test(text[i] ?? "")) i++;
  };
  const join = (base: string, key: string | number) =>
    typeof key === "number" ? `${base}[${key}]` : base === "" ? key : `${base}.${key}`;

  function readString(): string {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  }

  function value(at: string): void {
    skip();
    const start = i;
    const c = text[i];
    if (c === "{") {
      i++;
      skip();
      while (text[i] !== "}") {
        skip();
        const key = readString();
        skip();
        i++; // colon
        value(join(at, key));
        skip();
        if (text[i] === ",") i++;
        skip();
      }
      i++;
    } else if (c === "[") {
      i++;
      skip();
      let index = 0;
      while (text[i] !== "]") {
        value(join(at, index++));
        skip();
        if (text[i] === ",") i++;
        skip();
      }
      i++;
    } else if (c === '"') {
      readString();
    } else {
      while (i < text.length && !/[\s,\]}]/.test(text[i] ?? "")) i++;
    }
    spans.set(at, { start, end: i });
  }

  value("");
  return spans.get(path) ?? null;
}

/** The line (1-based) a position is on, to say where a problem is. */
export function lineOf(text: string, position: number): number {
  let line = 1;
  for (let i = 0; i < position && i < text.length; i++) if (text[i] === "\n") line++;
  return line;
}
