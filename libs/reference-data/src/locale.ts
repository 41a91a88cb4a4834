/** The languages reference data is named in: French for the interface, English for IATI files and partners. */
export type ReferenceLocale = 'fr' | 'en';

export function nameIn(entry: { readonly nameFr: string; readonly nameEn: string }, locale: ReferenceLocale): string {
  return locale === 'fr' ? entry.nameFr : entry.nameEn;
}
