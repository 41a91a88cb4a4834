/** Fields that say nothing to a reader of the journal (identifiers and bookkeeping). */
const IGNORED_FIELDS = new Set([
  'id',
  'tenantId',
  'leadTenantId',
  'createdAt',
  'updatedAt',
  'userId',
  'invitedById',
  'respondedById',
  'storageKey',
  'sha256',
  // The journal of a project already says which project; a row's place in its list says nothing.
  'projectId',
  'position',
]);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_FIELDS = 15;

export interface AuditChange {
  field: string;
  before: unknown;
  after: unknown;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** What changed between the before and after snapshots of an audit event (all of "after" for a creation). */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const previous = asRecord(before);
  const next = asRecord(after);
  const fields = [...new Set([...Object.keys(previous), ...Object.keys(next)])].filter((field) => !IGNORED_FIELDS.has(field));
  return fields
    .filter((field) => JSON.stringify(previous[field]) !== JSON.stringify(next[field]))
    .slice(0, MAX_FIELDS)
    .map((field) => ({ field, before: previous[field], after: next[field] }));
}

/**
 * An object of a snapshot (a covered project with its amount, a year's contribution, a linked convention) as the
 * words it holds: identifiers and bookkeeping left out, nested objects (the project's code and title) read too.
 */
function objectText(value: object): string {
  return Object.entries(value)
    .flatMap(([key, inner]) => {
      if (IGNORED_FIELDS.has(key) || inner === null || inner === undefined || inner === '') return [];
      if (typeof inner === 'object') return Array.isArray(inner) ? [] : [objectText(inner as object)];
      if (typeof inner === 'string' && UUID.test(inner)) return [];
      return [String(inner)];
    })
    .filter((text) => text !== '')
    .join(' ');
}

/** A snapshot value as short readable text. */
export function auditValueText(value: unknown, yes: string, no: string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? yes : no;
  const text = Array.isArray(value)
    ? value.map((item) => (item && typeof item === 'object' ? objectText(item as object) : String(item))).join(', ')
    : typeof value === 'object'
      ? objectText(value)
      : String(value);
  if (text === '') return '—';
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}
