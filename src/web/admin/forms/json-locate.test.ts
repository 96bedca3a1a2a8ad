import { describe, expect, it } from "vitest";
import { lineOf, locateJsonPath } from "./json-locate.ts";

const text = JSON.stringify(
  {
    schemaVersion: 1,
    title: "Tờ khai",
    sections: [
      { key: "a", title: "A", fields: [{ key: "x", type: "text", label: "X" }] },
      {
        key: "b",
        title: 'B "quoted"',
        fields: [{ key: "y", type: "radio", visibleWhen: { field: "x", equals: "1" } }],
      },
    ],
  },
  null,
  2,
);

describe("finding a problem's path in the JSON text of a form (CFG-2)", () => {
  it("finds the span of a value by its path", () => {
    const at = (path: string) => {
      const span = locateJsonPath(text, path);
      return span ? text.slice(span.start, span.end) : null;
    };
    expect(at("title")).toBe('"Tờ khai"');
    expect(at("sections[1].fields[0].visibleWhen.field")).toBe('"x"');
    expect(at("sections[1].title")).toBe('"B \\"quoted\\""');
    expect(at("schemaVersion")).toBe("1");
    expect(at("sections[0].fields[0]")?.startsWith("{")).toBe(true);
    expect(at("sections[2]")).toBeNull();
    expect(at("")?.length).toBe(text.length);
  });

  it("gives nothing for text that is not JSON, and tells the line of a position", () => {
    expect(locateJsonPath("{ nope", "title")).toBeNull();
    const span = locateJsonPath(text, "sections[1].key");
    expect(lineOf(text, span?.start ?? 0)).toBe(text.slice(0, span?.start).split("\n").length);
  });
});
