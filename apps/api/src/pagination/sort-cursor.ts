/**
 * Cursors of sorted lists carry the sort value and the id of the last row (keyset pagination): stable under
 * inserts, and an index walk rather than an OFFSET.
 */
export interface SortCursor {
  value: string;
  id: string;
}

export function encodeSortCursor(cursor: SortCursor): string {
  return Buffer.from(JSON.stringify(['v2', cursor.value, cursor.id])).toString('base64url');
}

export function decodeSortCursor(text: string): SortCursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 3 || parsed[0] !== 'v2') return null;
    const [, value, id] = parsed as [string, unknown, unknown];
    if (typeof value !== 'string' || typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id)) return null;
    return { value, id };
  } catch {
    return null;
  }
}
