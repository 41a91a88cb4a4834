import { nameIn, type ReferenceLocale } from './locale';

/** What every generated codelist entry carries. */
export interface CodelistEntry<Code> {
  readonly code: Code;
  readonly nameFr: string;
  readonly nameEn: string;
  readonly withdrawn: boolean;
}

/**
 * Look-ups over one generated codelist, indexed once at import. Withdrawn codes stay known so that what was
 * recorded before their withdrawal still displays a name, but they are neither active nor offered.
 */
export interface CodelistLookup<Code, Entry extends CodelistEntry<Code>> {
  find(code: Code): Entry | undefined;
  /** Known and not withdrawn: what may be recorded now. */
  isActive(code: Code): boolean;
  /** The name of any known code, withdrawn ones included. */
  name(code: Code, locale: ReferenceLocale): string | undefined;
  /** The entries that may be picked, in codelist order. */
  readonly active: readonly Entry[];
}

export function codelistLookup<Code, Entry extends CodelistEntry<Code>>(entries: readonly Entry[]): CodelistLookup<Code, Entry> {
  const byCode = new Map<Code, Entry>(entries.map((entry) => [entry.code, entry]));
  return {
    find: (code) => byCode.get(code),
    isActive: (code) => byCode.get(code)?.withdrawn === false,
    name: (code, locale) => {
      const entry = byCode.get(code);
      return entry && nameIn(entry, locale);
    },
    active: entries.filter((entry) => !entry.withdrawn),
  };
}
