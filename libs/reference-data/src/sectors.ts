import { codelistLookup } from './codelist-lookup';
import { SECTOR_CODELIST, type SectorEntry } from './generated/sector';
import { SECTOR_CATEGORY_CODELIST, type SectorCategoryEntry } from './generated/sector-category';
import { type ReferenceLocale } from './locale';
import { type ReferenceOption } from './reference-option';

// DAC 5-digit purpose codes (IATI sector vocabulary 1), the level the CRS, the APD declaration and IATI files use.
const sectors = codelistLookup<string, SectorEntry>(SECTOR_CODELIST);
const categories = codelistLookup<string, SectorCategoryEntry>(SECTOR_CATEGORY_CODELIST);

/** An active purpose code. Withdrawn ones (the 230xx energy codes replaced by 231xx–236xx in 2020…) are refused. */
export function isSectorCode(code: string): boolean {
  return sectors.isActive(code);
}

export function sectorName(code: string, locale: ReferenceLocale = 'fr'): string | undefined {
  return sectors.name(code, locale);
}

/** The DAC 3-digit category of a purpose code (14030 → 140, Water supply and sanitation). */
export function sectorCategory(code: string): SectorCategoryEntry | undefined {
  const sector = sectors.find(code);
  return sector && categories.find(sector.categoryCode);
}

export interface SectorOptionGroup {
  readonly categoryCode: string;
  readonly label: string;
  readonly options: readonly ReferenceOption[];
}

/**
 * The active purpose codes grouped by category, both in DAC order (social infrastructure 1xx, economic 2xx,
 * production 3xx…), which is how practitioners know them; a category with no active code is left out.
 */
export const SECTOR_OPTION_GROUPS: readonly SectorOptionGroup[] = categories.active
  .map((category) => ({
    categoryCode: category.code,
    label: category.nameFr,
    options: sectors.active
      .filter((sector) => sector.categoryCode === category.code)
      .map((sector) => ({ code: sector.code, label: sector.nameFr })),
  }))
  .filter((group) => group.options.length > 0);
