import { COUNTRY_CODELIST } from '../generated/country';
import { CURRENCY_CODELIST } from '../generated/currency';
import { ORGANISATION_ROLE_CODELIST } from '../generated/organisation-role';
import { ORGANISATION_TYPE_CODELIST } from '../generated/organisation-type';
import { SECTOR_CODELIST } from '../generated/sector';
import { SECTOR_CATEGORY_CODELIST } from '../generated/sector-category';
import { SDG_GOAL_CODELIST } from '../generated/unsdg-goals';
import { SDG_TARGET_CODELIST } from '../generated/unsdg-targets';

// The committed data as generated from the IATI 2.03 codelists: a change of these numbers means the codelists
// were updated, which deserves a look at what the product offers.
const CODELISTS = [
  { name: 'Country', entries: COUNTRY_CODELIST, count: 251, withdrawn: 1, format: /^[A-Z]{2}$/ },
  { name: 'SectorCategory', entries: SECTOR_CATEGORY_CODELIST, count: 44, withdrawn: 2, format: /^\d{3}$/ },
  { name: 'Sector', entries: SECTOR_CODELIST, count: 325, withdrawn: 30, format: /^\d{5}$/ },
  { name: 'UNSDG-Goals', entries: SDG_GOAL_CODELIST, count: 17, withdrawn: 0, format: /^([1-9]|1[0-7])$/ },
  { name: 'UNSDG-Targets', entries: SDG_TARGET_CODELIST, count: 169, withdrawn: 0, format: /^([1-9]|1[0-7])\.([1-9]|1\d|[a-z])$/ },
  { name: 'OrganisationType', entries: ORGANISATION_TYPE_CODELIST, count: 16, withdrawn: 0, format: /^\d{2}$/ },
  { name: 'OrganisationRole', entries: ORGANISATION_ROLE_CODELIST, count: 4, withdrawn: 0, format: /^[1-4]$/ },
  { name: 'Currency', entries: CURRENCY_CODELIST, count: 176, withdrawn: 9, format: /^[A-Z]{3}$/ },
];

describe.each(CODELISTS)('generated $name', ({ entries, count, withdrawn, format }) => {
  it(`has ${count} entries of which ${withdrawn} withdrawn`, () => {
    expect(entries).toHaveLength(count);
    expect(entries.filter((entry) => entry.withdrawn)).toHaveLength(withdrawn);
  });

  it('has well-formed, unique codes', () => {
    const codes = entries.map((entry) => String(entry.code));
    expect(codes.filter((code) => !format.test(code))).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('has clean French and English names', () => {
    const clean = (name: string) => name.length > 0 && name === name.trim() && !/\s{2}|[\n\t]|&[a-z#0-9]+;/i.test(name);
    expect(entries.filter((entry) => !clean(entry.nameFr) || !clean(entry.nameEn))).toEqual([]);
  });
});

describe('generated order', () => {
  it.each([
    ['Country', COUNTRY_CODELIST.map((entry) => entry.code), [...COUNTRY_CODELIST.map((entry) => entry.code)].sort()],
    ['Sector', SECTOR_CODELIST.map((entry) => entry.code), [...SECTOR_CODELIST.map((entry) => entry.code)].sort()],
    ['Currency', CURRENCY_CODELIST.map((entry) => entry.code), [...CURRENCY_CODELIST.map((entry) => entry.code)].sort()],
    ['UNSDG-Goals', SDG_GOAL_CODELIST.map((entry) => entry.code), Array.from({ length: 17 }, (_, index) => index + 1)],
  ])('%s is sorted by code', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('lists the targets of a goal after those of the previous goal, numbers before letters', () => {
    const goal6 = SDG_TARGET_CODELIST.filter((target) => target.goal === 6).map((target) => target.code);
    expect(goal6).toEqual(['6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.a', '6.b']);
    const goal17 = SDG_TARGET_CODELIST.filter((target) => target.goal === 17).map((target) => target.code);
    expect(goal17.slice(8, 11)).toEqual(['17.9', '17.10', '17.11']);
    const goals = SDG_TARGET_CODELIST.map((target) => target.goal);
    expect(goals).toEqual([...goals].sort((a, b) => a - b));
  });
});

describe('generated French names', () => {
  it('exist for every active sector, sector category, SDG goal and target (alike only where French says it so)', () => {
    const alike = [...SECTOR_CATEGORY_CODELIST, ...SECTOR_CODELIST, ...SDG_GOAL_CODELIST, ...SDG_TARGET_CODELIST]
      .filter((entry) => !entry.withdrawn && entry.nameFr === entry.nameEn)
      .map((entry) => entry.nameFr);
    // "Business development services" is what the codelist gives as French for 25030.
    expect(alike).toEqual([
      'Communications',
      'Agriculture',
      'Construction',
      'Police',
      'Ombudsman',
      'Immigration',
      'Prisons',
      'Culture',
      'Privatisation',
      'Business development services',
      'Agro-industries',
    ]);
  });

  it.each([
    ['14030', 'Approvisionnement en eau potable et assainissement - dispositifs de base'],
    ['15112', 'Décentralisation et soutien aux administrations infranationales'],
    ['16061', 'Culture et loisirs'],
  ])('sector %s is "%s"', (code, name) => {
    expect(SECTOR_CODELIST.find((entry) => entry.code === code)?.nameFr).toBe(name);
  });

  it('keep the English name where the codelist has no French one (withdrawn codes)', () => {
    expect(SECTOR_CODELIST.find((entry) => entry.code === '23030')).toEqual({
      code: '23030',
      categoryCode: '230',
      nameFr: 'Power generation/renewable sources',
      nameEn: 'Power generation/renewable sources',
      withdrawn: true,
    });
  });

  it('decode XML entities', () => {
    expect(SECTOR_CATEGORY_CODELIST.find((entry) => entry.code === '240')?.nameEn).toBe('Banking & Financial Services');
  });
});

describe('generated sectors', () => {
  it('belong to a known category, and active ones to an active category', () => {
    const categories = new Map(SECTOR_CATEGORY_CODELIST.map((category) => [category.code, category]));
    expect(SECTOR_CODELIST.filter((sector) => !categories.has(sector.categoryCode))).toEqual([]);
    expect(SECTOR_CODELIST.filter((sector) => !sector.withdrawn && categories.get(sector.categoryCode)?.withdrawn)).toEqual([]);
    expect(SECTOR_CODELIST.filter((sector) => !sector.code.startsWith(sector.categoryCode))).toEqual([]);
  });
});
