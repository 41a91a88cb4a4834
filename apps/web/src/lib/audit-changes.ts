/** Fields that say nothing to a reader of the journal (identifiers and bookkeeping). */
const IGNORED_FIELDS = new Set(['id', 'tenantId', 'leadTenantId', 'createdAt', 'updatedAt', 'userId', 'invitedById', 'respondedById', 'storageKey', 'sha256']);
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

/** A snapshot value as short readable text. */
export function auditValueText(value: unknown, yes: string, no: string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? yes : no;
  if (Array.isArray(value)) return value.map((item) => (item && typeof item === 'object' ? Object.values(item).join(' ') : String(item))).join(', ') || '—';
  if (typeof value === 'object') return JSON.stringify(value);
  const text = String(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}
