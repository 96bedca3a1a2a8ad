import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumberFromIso, isoFromDayNumber } from "../calendar/dates.ts";
import { resolveDateBound } from "./date-bounds.ts";
import { type Condition, FIELD_TYPES, type FormDefinition, type FormDefinitionInput } from "./definition.ts";
import { TEST_DIRECTORY, TODAY } from "./test-support.ts";
import { validateFormDefinition } from "./validate-definition.ts";
import { validateSubmission } from "./validate-submission.ts";

/**
 * Property tests of CFG-2: random definitions (every field type, conditions on earlier fields,
 * conditional sections, repeatable groups with conditions between siblings) and random
 * submissions built to satisfy them. An independent, simpler oracle decides which fields are
 * visible: conditions here only look backwards, so one pass in document order is enough.
 */

type LeafType = Exclude<(typeof FIELD_TYPES)[number], "group">;
const LEAF_TYPES = FIELD_TYPES.filter((type): type is LeafType => type !== "group");
type Spec = Record<string, unknown> & {
  key: string;
  type: string;
  required?: boolean;
  visibleWhen?: Condition;
};

const seed = { a: fc.nat(), b: fc.nat(), c: fc.nat(), cond: fc.nat(), required: fc.boolean() };
const subSeed = fc.record({ type: fc.constantFrom(...LEAF_TYPES), ...seed });
const fieldSeed = fc.record({
  type: fc.constantFrom<LeafType | "group">(...LEAF_TYPES, "group"),
  ...seed,
  sub: fc.array(subSeed, { minLength: 1, maxLength: 3 }),
});
const sectionSeed = fc.record({
  cond: fc.nat(),
  fields: fc.array(fieldSeed, { minLength: 1, maxLength: 4 }),
});

const DATE_BOUNDS: [string | undefined, string | undefined][] = [
  [undefined, undefined],
  [undefined, "today"],
  ["1950-01-01", "today"],
  ["today-100y", "today-18y"],
  ["today", "today+30d"],
  ["2000-01-01", "2030-12-31"],
];

function leaf(type: LeafType, key: string, s: { a: number; b: number; c: number; required: boolean }): Spec {
  const base: Spec = { key, type, label: `Trường ${key}`, ...(s.required ? { required: true } : {}) };
  switch (type) {
    case "text":
      if (s.a % 4 === 0)
        return { ...base, maxLength: 4 + (s.b % 5), pattern: { regex: "[0-9]{4}", message: "gồm 4 chữ số" } };
      return { ...base, minLength: s.a % 3, maxLength: (s.a % 3) + 1 + (s.b % 20) };
    case "textarea":
      return { ...base, minLength: s.a % 3, maxLength: (s.a % 3) + 1 + (s.b % 50) };
    case "number":
      return {
        ...base,
        ...(s.a % 2 === 0 ? { integer: true } : {}),
        ...(s.a % 3 === 0 ? {} : { min: -(s.b % 100) }),
        ...(s.b % 3 === 0 ? {} : { max: s.c % 1000 }),
      };
    case "date": {
      const [min, max] = DATE_BOUNDS[s.a % DATE_BOUNDS.length] ?? [];
      return { ...base, ...(min ? { min } : {}), ...(max ? { max } : {}) };
    }
    case "select":
    case "radio":
      return {
        ...base,
        options: Array.from({ length: 1 + (s.a % 5) }, (_, i) => ({
          value: `o${i}`,
          label: `Lựa chọn ${i}`,
        })),
      };
    case "phone": {
      const kinds = [["mobile"], ["landline"], undefined][s.a % 3];
      return kinds ? { ...base, kinds } : base;
    }
    case "idNumber": {
      const accept = [undefined, ["cccd", "cmnd"], ["cmnd"]][s.a % 3];
      return accept ? { ...base, accept } : base;
    }
    case "address":
      return s.a % 2 === 0 ? base : { ...base, requireStreet: false };
    default:
      return base;
  }
}

/** A condition on one of the earlier fields, chosen by the seed (or none). */
function conditionOn(earlier: Spec[], pick: number): Condition | undefined {
  if (earlier.length === 0 || pick % 3 !== 0) return undefined;
  const target = earlier[Math.floor(pick / 3) % earlier.length] as Spec;
  if (target.type === "checkbox") return { field: target.key, equals: pick % 2 === 0 };
  if (target.type === "select" || target.type === "radio") {
    const values = (target.options as { value: string }[]).map((o) => o.value);
    return pick % 2 === 0
      ? { field: target.key, equals: values[pick % values.length] as string }
      : { field: target.key, in: values.slice(0, 1 + (pick % values.length)) };
  }
  return { field: target.key, notEmpty: true };
}

const definitionArb = fc
  .array(sectionSeed, { minLength: 1, maxLength: 3 })
  .map((sections): FormDefinitionInput => {
    const all: Spec[] = [];
    let counter = 0;
    return {
      schemaVersion: 1,
      title: "Biểu mẫu thử",
      sections: sections.map((section, s) => {
        const before = [...all];
        const sectionCondition = conditionOn(before, section.cond);
        const fields = section.fields.map((f) => {
          const key = `f${counter++}`;
          let spec: Spec;
          if (f.type === "group") {
            const subs: Spec[] = [];
            f.sub.forEach((sub, j) => {
              const subSpec = leaf(sub.type, `s${j}`, sub);
              const condition = conditionOn(subs, sub.cond);
              subs.push(condition ? { ...subSpec, visibleWhen: condition } : subSpec);
            });
            const minItems = f.a % 3 === 0 ? undefined : f.a % 2;
            spec = {
              key,
              type: "group",
              label: `Nhóm ${key}`,
              fields: subs,
              ...(f.required ? { required: true } : {}),
              ...(minItems === undefined ? {} : { minItems }),
              maxItems: Math.max(minItems ?? 0, f.required ? 1 : 0) + 1 + (f.b % 2),
            };
          } else spec = leaf(f.type, key, f);
          const condition = conditionOn(all, f.cond);
          const withCondition = condition ? { ...spec, visibleWhen: condition } : spec;
          all.push(withCondition);
          return withCondition;
        });
        return {
          key: `section${s}`,
          title: `Phần ${s + 1}`,
          ...(sectionCondition ? { visibleWhen: sectionCondition } : {}),
          fields,
        } as FormDefinitionInput["sections"][number];
      }),
    };
  });

// ------------------------------------------------------------------------- valid values

const LETTERS = [..."aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạếềểễệọộớờởỡợ"];
const word = (min: number, max: number) =>
  fc
    .array(fc.constantFrom(...LETTERS), { minLength: Math.max(min, 1), maxLength: Math.max(max, 1) })
    .map((c) => c.join(""));
const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(""));
const thisYear = Number(TODAY.slice(0, 4));

function valueArb(field: Spec): fc.Arbitrary<unknown> {
  switch (field.type as LeafType) {
    case "text":
      return field.pattern ? digits(4) : word(field.minLength as number, field.maxLength as number);
    case "textarea":
      return word(field.minLength as number, field.maxLength as number);
    case "number": {
      const min = (field.min as number | undefined) ?? -1e6;
      const max = (field.max as number | undefined) ?? 1e6;
      return field.integer
        ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
        : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    }
    case "date": {
      const from = field.min ? (resolveDateBound(field.min as string, TODAY) as string) : "1900-01-01";
      const to = field.max ? (resolveDateBound(field.max as string, TODAY) as string) : "2199-12-31";
      return fc.integer({ min: dayNumberFromIso(from), max: dayNumberFromIso(to) }).map(isoFromDayNumber);
    }
    case "select":
    case "radio":
      return fc.constantFrom(...(field.options as { value: string }[]).map((o) => o.value));
    case "checkbox":
      return field.required ? fc.constant(true) : fc.boolean();
    case "email":
      return fc
        .tuple(word(1, 8), fc.constantFrom("thanhhoa.gov.vn", "gmail.com"))
        .map(([a, b]) => `an${a}@${b}`.normalize("NFC"));
    case "phone": {
      const kinds = (field.kinds as string[] | undefined) ?? ["mobile", "landline"];
      return fc
        .constantFrom(...kinds)
        .chain((kind) =>
          kind === "mobile" ? digits(8).map((d) => `09${d}`) : digits(9).map((d) => `02${d}`),
        );
    }
    case "idNumber": {
      const accept = (field.accept as string[] | undefined) ?? ["cccd"];
      const cccd = fc
        .tuple(digits(3), fc.integer({ min: 1900, max: thisYear }), fc.boolean(), digits(6))
        .map(([place, year, female, rest]) => {
          const century = Math.floor((year - 1900) / 100) * 2 + (female ? 1 : 0);
          return `${place}${century}${String(year % 100).padStart(2, "0")}${rest}`;
        });
      return fc.constantFrom(...accept).chain((kind) => (kind === "cccd" ? cccd : digits(9)));
    }
    case "address":
      return fc.tuple(fc.constantFrom(...TEST_DIRECTORY.communes), word(1, 20)).map(([commune, street]) => ({
        provinceCode: commune.provinceCode,
        communeCode: commune.code,
        street,
      }));
    default:
      return fc.constant(undefined);
  }
}

/** A valid value for the field, or nothing when it is optional (checkboxes always have one). */
function candidateArb(field: Spec): fc.Arbitrary<unknown> {
  if (field.type === "group") {
    const subs = field.fields as Spec[];
    const item = fc.record(Object.fromEntries(subs.map((sub) => [sub.key, candidateArb(sub)])), {
      noNullPrototype: true,
    });
    const min = (field.minItems as number | undefined) ?? (field.required ? 1 : 0);
    return fc.array(item, { minLength: min, maxLength: field.maxItems as number });
  }
  if (field.required || field.type === "checkbox") return valueArb(field);
  return fc.option(valueArb(field), { nil: undefined });
}

type Candidates = Record<string, unknown>;

function candidatesArb(definition: FormDefinitionInput): fc.Arbitrary<Candidates> {
  const fields = definition.sections.flatMap((s) => s.fields as unknown as Spec[]);
  return fc.record(Object.fromEntries(fields.map((f) => [f.key, candidateArb(f)])), {
    noNullPrototype: true,
  });
}

// --------------------------------------------------------------------------------- oracle

function holds(condition: Condition | undefined, probe: (key: string) => unknown): boolean {
  if (!condition) return true;
  const value = probe(condition.field);
  if (condition.notEmpty)
    return !(value === undefined || value === false || (Array.isArray(value) && value.length === 0));
  if (value === undefined) return false;
  return condition.equals !== undefined
    ? value === condition.equals
    : (condition.in ?? []).includes(value as never);
}

interface Expected {
  values: Record<string, unknown>;
  /** Paths of the fields shown, and of those hidden. */
  visible: { path: (string | number)[]; field: Spec }[];
  hidden: (string | number)[][];
}

function expectedOf(definition: FormDefinitionInput, candidates: Candidates): Expected {
  const probes = new Map<string, unknown>();
  const result: Expected = { values: {}, visible: [], hidden: [] };
  for (const section of definition.sections) {
    const sectionShown = holds(section.visibleWhen, (k) => probes.get(k));
    for (const field of section.fields as unknown as Spec[]) {
      const shown = sectionShown && holds(field.visibleWhen, (k) => probes.get(k));
      if (!shown) {
        result.hidden.push([field.key]);
        continue;
      }
      result.visible.push({ path: [field.key], field });
      const candidate = candidates[field.key];
      if (field.type === "group") {
        const items = (candidate as Record<string, unknown>[]).map((item, index) => {
          const own = new Map<string, unknown>();
          const values: Record<string, unknown> = {};
          for (const sub of field.fields as Spec[]) {
            const subShown = holds(sub.visibleWhen, (k) => (own.has(k) ? own.get(k) : probes.get(k)));
            if (!subShown) {
              result.hidden.push([field.key, index, sub.key]);
              own.set(sub.key, undefined);
              continue;
            }
            result.visible.push({ path: [field.key, index, sub.key], field: sub });
            const value = sub.type === "checkbox" ? item[sub.key] === true : item[sub.key];
            own.set(sub.key, value);
            if (value !== undefined) values[sub.key] = value;
          }
          return values;
        });
        probes.set(field.key, candidate);
        result.values[field.key] = items;
      } else {
        const value = field.type === "checkbox" ? candidate === true : candidate;
        probes.set(field.key, value);
        if (value !== undefined) result.values[field.key] = value;
      }
    }
  }
  return result;
}

// ------------------------------------------------------------------------------ scenarios

const scenario = definitionArb.chain((input) => {
  const parsed = validateFormDefinition(input);
  if (!parsed.ok) throw new Error(`generated definition refused: ${JSON.stringify(parsed.errors)}`);
  return candidatesArb(input).map((candidates) => ({
    input,
    definition: parsed.definition,
    candidates,
    expected: expectedOf(input, candidates),
  }));
});

const garbage = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.string(), { maxKeys: 2 }),
);

const check = (definition: FormDefinition, data: unknown) =>
  validateSubmission(definition, data, { today: TODAY, addresses: TEST_DIRECTORY });

function setAt(data: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  let target: Record<string | number, unknown> = data;
  for (const segment of path.slice(0, -1)) target = target[segment] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete target[last];
  else target[last] = value;
}

const pathText = (path: (string | number)[]) =>
  path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");

describe("form properties (CFG-2)", () => {
  it("CFG-2: every generated definition is accepted", () => {
    fc.assert(fc.property(definitionArb, (input) => validateFormDefinition(input).ok));
  });

  it("CFG-2: a submission generated to satisfy a definition always validates, with the expected values", () => {
    fc.assert(
      fc.property(scenario, ({ definition, candidates, expected }) => {
        expect(check(definition, structuredClone(candidates))).toEqual({ ok: true, values: expected.values });
      }),
      { numRuns: 300 },
    );
  });

  it("CFG-2: removing a required visible value always fails, at that field's path", () => {
    const withRequired = scenario.filter(({ expected }) =>
      expected.visible.some((v) => v.field.required && v.field.type !== "group"),
    );
    fc.assert(
      fc.property(withRequired, fc.nat(), ({ definition, candidates, expected }, pick) => {
        const required = expected.visible.filter((v) => v.field.required && v.field.type !== "group");
        const target = required[pick % required.length] as Expected["visible"][number];
        const data = structuredClone(candidates);
        setAt(data, target.path, undefined);
        const result = check(definition, data);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          const at = pathText(target.path);
          expect(
            result.errors.some(
              (e) => e.code === "REQUIRED" && (e.path === at || e.path.startsWith(`${at}.`)),
            ),
          ).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("CFG-2: hidden fields never cause errors and are never kept, whatever they hold", () => {
    const withHidden = scenario.filter(({ expected }) => expected.hidden.length > 0);
    fc.assert(
      fc.property(
        withHidden,
        fc.array(garbage, { minLength: 1, maxLength: 20 }),
        ({ definition, candidates, expected }, junk) => {
          const data = structuredClone(candidates);
          expected.hidden.forEach((path, i) => {
            setAt(data, path, junk[i % junk.length]);
          });
          expect(check(definition, data)).toEqual({ ok: true, values: expected.values });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("CFG-2: text typed in decomposed Unicode (NFD) is kept NFC; cleaned values check to themselves", () => {
    const nfd = (value: unknown): unknown => {
      if (typeof value === "string") return value.normalize("NFD");
      if (Array.isArray(value)) return value.map(nfd);
      if (value && typeof value === "object")
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nfd(v)]));
      return value;
    };
    fc.assert(
      fc.property(scenario, ({ definition, candidates, expected }) => {
        expect(check(definition, nfd(candidates))).toEqual({ ok: true, values: expected.values });
        expect(check(definition, expected.values)).toEqual({ ok: true, values: expected.values });
      }),
      { numRuns: 200 },
    );
  });
});
