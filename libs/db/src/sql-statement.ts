import { createHash } from 'node:crypto';

/**
 * A read statement of the SQL read path: fixed text with $n parameters, sent as a named (prepared) statement so
 * that PostgreSQL parses and plans it once per connection instead of on every request.
 */
export interface SqlStatement {
  readonly name: string;
  readonly text: string;
}

/** Names come from the text: the same text is the same prepared statement on every connection. */
export function sqlStatement(text: string): SqlStatement {
  const normalized = text.replace(/\s+/g, ' ').trim();
  return { name: `r_${createHash('sha1').update(normalized).digest('hex').slice(0, 24)}`, text: normalized };
}
