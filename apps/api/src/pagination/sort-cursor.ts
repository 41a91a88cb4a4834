import { firstControlCharacter } from '@passerelles/shared/text-characters';
import { isUuid } from './page-request';

/**
 * Cursors of sorted lists carry the sort value and the id of the last row (keyset pagination): stable under
 * inserts, and an index walk rather than an OFFSET.
 */
export interface SortCursor {
  value: string;
  id: string;
}

/** What the sort value must look like: the ISO timestamp of a date column, or a text of at most 300 characters. */
export type SortValueKind = 'timestamp' | 'text';

const MAX_TEXT_VALUE_LENGTH = 300;

export function encodeSortCursor(cursor: SortCursor): string {
  return Buffer.from(JSON.stringify(['v2', cursor.value, cursor.id])).toString('base64url');
}

/**
 * Null for anything this API did not write: cursors come back from clients, so a forged one (a date that is not a
 * date, an id that is not a uuid, a NUL character) is refused here rather than by the database.
 */
export function decodeSortCursor(text: string, kind: SortValueKind): SortCursor | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || parsed[0] !== 'v2') return null;
  const [, value, id] = parsed as [string, unknown, unknown];
  if (typeof value !== 'string' || typeof id !== 'string' || !isUuid(id)) return null;
  return isSortValue(value, kind) ? { value, id } : null;
}

function isSortValue(value: string, kind: SortValueKind): boolean {
  if (kind === 'timestamp') {
    const time = Date.parse(value);
    return Number.isFinite(time) && new Date(time).toISOString() === value;
  }
  return value.length <= MAX_TEXT_VALUE_LENGTH && firstControlCharacter(value, { allowLineBreaks: true }) === null;
}
