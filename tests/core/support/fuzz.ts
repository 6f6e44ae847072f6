import type { z } from 'zod';

/**
 * Inputs for any channel, generated from its zod schema, so that channels added later are fuzzed
 * without anyone writing a case for them. `validLooking` builds a value of the schema's shape
 * (each string, number and choice picked to pass its own checks where a candidate does);
 * `malformed` derives the hostile variants from it.
 */

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
  format?: string;
  checks?: Array<{ _zod: { def: { check: string; minimum?: number } } }>;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

const stringCandidates = [
  'Fuzz text value',
  '912 34 567',
  'kari',
  'a good long passphrase of mine',
  'NO',
  '986325478',
  '2026',
  '2026-03',
  'K-4711',
  'privacy-desk-2026-03-02T09-00-00Z.sqlite3',
  'x',
];
const numberCandidates = [424242, 2026, 30, 1, 0];

/** A value of the schema's shape; `id` chooses the number tried first for ids and amounts. */
export function validLooking(schema: z.ZodType, id = 424242, depth = 0): unknown {
  const def = defOf(schema);
  if (depth > 12) return undefined;
  switch (def.type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(def.shape ?? {}).map(([key, field]) => [key, validLooking(field, id, depth + 1)]),
      );
    case 'optional':
    case 'default':
    case 'nullable':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return validLooking(def.innerType as z.ZodType, id, depth + 1);
    case 'pipe':
      return validLooking(def.in as z.ZodType, id, depth + 1);
    case 'transform':
      return undefined;
    case 'array': {
      const minimum =
        def.checks?.find((check) => check._zod.def.check === 'min_length')?._zod.def.minimum ?? 1;
      return Array.from({ length: Math.max(1, minimum) }, () =>
        validLooking(def.element as z.ZodType, id, depth + 1),
      );
    }
    case 'enum':
      return Object.values(def.entries ?? {})[0];
    case 'literal':
      return def.values?.[0];
    case 'union':
      return validLooking((def.options ?? [])[0] as z.ZodType, id, depth + 1);
    case 'boolean':
      return true;
    case 'number':
    case 'int':
      return [id, ...numberCandidates].find((value) => schema.safeParse(value).success) ?? id;
    case 'string': {
      if (def.format === 'date') return '2026-03-02';
      if (def.format === 'datetime') return '2026-03-02T08:00:00.000Z';
      if (def.format === 'email') return 'kari@example.no';
      return stringCandidates.find((value) => schema.safeParse(value).success) ?? 'Fuzz text value';
    }
    case 'record':
      return {};
    default:
      return null;
  }
}

/** Replaces every leaf of a value that satisfies `pick` with what `replace` makes of it. */
function mapLeaves(
  value: unknown,
  pick: (leaf: unknown) => boolean,
  replace: (leaf: unknown) => unknown,
): unknown {
  if (Array.isArray(value)) return value.map((item) => mapLeaves(item, pick, replace));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, mapLeaves(inner, pick, replace)]),
    );
  return pick(value) ? replace(value) : value;
}

function hasStringLeaf(value: unknown): boolean {
  if (typeof value === 'string') return true;
  if (value !== null && typeof value === 'object') return Object.values(value).some(hasStringLeaf);
  return false;
}

function wrongTypeOf(value: unknown): unknown {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return '42';
  if (typeof value === 'boolean') return 'yes';
  if (Array.isArray(value)) return { 0: value[0] };
  if (value !== null && typeof value === 'object') return [value];
  return {};
}

function deeplyNested(levels: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < levels; level++) value = level % 2 === 0 ? [value] : { inner: value };
  return value;
}

export const tenMegabytes = 'x'.repeat(10 * 1024 * 1024);
const oddUnicode = 'Ola\u0000 N\u202eordmann \ud800\udfff\ud800 😀 Ｎ\u200b=1 \u0085\u2028';

export interface Variant {
  name: string;
  input: unknown;
  /** The input cannot be valid: the call must be refused. */
  mustFail: boolean;
}

/** The hostile variants of a channel's input, derived from a valid-looking one. */
export function malformed(valid: unknown): Variant[] {
  const isObject = valid !== null && typeof valid === 'object' && !Array.isArray(valid);
  const fields = isObject ? Object.keys(valid as object) : [];
  const hasStrings = hasStringLeaf(valid);
  const variants: Variant[] = [
    { name: 'no input', input: undefined, mustFail: false },
    { name: 'missing keys', input: {}, mustFail: false },
    { name: 'extra key', input: { ...(isObject ? (valid as object) : {}), unexpected: 1 }, mustFail: true },
    { name: 'a string instead of an object', input: 'input', mustFail: true },
    { name: 'a number instead of an object', input: 42, mustFail: true },
    { name: 'null', input: null, mustFail: false },
    { name: 'an array', input: [valid], mustFail: true },
    { name: 'deep nesting', input: deeplyNested(5000), mustFail: true },
    {
      name: '__proto__ and constructor keys',
      input: {
        ...(isObject ? (valid as object) : {}),
        ...(JSON.parse(
          '{"__proto__": {"polluted": true, "roles": ["admin"]}, "constructor": {"prototype": {"polluted": true}}}',
        ) as object),
      },
      mustFail: true,
    },
    {
      name: 'NaN, infinite and negative numbers',
      input: mapLeaves(
        valid,
        (leaf) => typeof leaf === 'number',
        (leaf) => ((leaf as number) % 2 === 0 ? Number.NaN : -1),
      ),
      mustFail: false,
    },
    {
      name: 'infinity',
      input: mapLeaves(
        valid,
        (leaf) => typeof leaf === 'number',
        () => Number.POSITIVE_INFINITY,
      ),
      mustFail: false,
    },
    {
      name: 'NUL and odd Unicode in every string',
      input: mapLeaves(
        valid,
        (leaf) => typeof leaf === 'string',
        (leaf) => `${String(leaf)}${oddUnicode}`,
      ),
      mustFail: false,
    },
  ];
  if (hasStrings)
    variants.push({
      name: '10 MB strings',
      input: mapLeaves(
        valid,
        (leaf) => typeof leaf === 'string',
        () => tenMegabytes,
      ),
      mustFail: true,
    });
  if (fields.length > 0) {
    variants.push({
      name: 'every field of the wrong type',
      input: Object.fromEntries(
        fields.map((key) => [key, wrongTypeOf((valid as Record<string, unknown>)[key])]),
      ),
      mustFail: true,
    });
    variants.push({
      name: 'a deeply nested field',
      input: { ...(valid as object), [fields[0]]: deeplyNested(5000) },
      mustFail: true,
    });
  }
  return variants;
}
