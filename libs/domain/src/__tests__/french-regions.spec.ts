import { FRENCH_REGIONS, frenchRegionName, frenchRegionsOfKind, isFrenchRegionCode } from '../french-regions';

describe('French regions and overseas collectivities', () => {
  it.each([
    ['53', 'Bretagne', 'METROPOLITAN_REGION'],
    ['94', 'Corse', 'METROPOLITAN_REGION'],
    ['04', 'La Réunion', 'OVERSEAS_REGION'],
    ['06', 'Mayotte', 'OVERSEAS_REGION'],
    ['975', 'Saint-Pierre-et-Miquelon', 'OVERSEAS_COLLECTIVITY'],
    ['977', 'Saint-Barthélemy', 'OVERSEAS_COLLECTIVITY'],
    ['978', 'Saint-Martin', 'OVERSEAS_COLLECTIVITY'],
    ['986', 'Wallis-et-Futuna', 'OVERSEAS_COLLECTIVITY'],
    ['987', 'Polynésie française', 'OVERSEAS_COLLECTIVITY'],
    ['988', 'Nouvelle-Calédonie', 'OVERSEAS_COLLECTIVITY'],
  ])('%s is %s (%s)', (code, name, kind) => {
    expect(isFrenchRegionCode(code)).toBe(true);
    expect(frenchRegionName(code)).toBe(name);
    expect(FRENCH_REGIONS.find((region) => region.code === code)?.kind).toBe(kind);
  });

  it.each(['99', '976', '984', '989', '5', '053', ''])('%j is not a code of the list', (code) => {
    expect(isFrenchRegionCode(code)).toBe(false);
    expect(frenchRegionName(code)).toBeUndefined();
  });

  it('counts 13 metropolitan regions, 5 overseas regions and 6 overseas collectivities, each code once', () => {
    expect([frenchRegionsOfKind('METROPOLITAN_REGION').length, frenchRegionsOfKind('OVERSEAS_REGION').length, frenchRegionsOfKind('OVERSEAS_COLLECTIVITY').length]).toEqual([13, 5, 6]);
    expect(new Set(FRENCH_REGIONS.map((region) => region.code)).size).toBe(FRENCH_REGIONS.length);
  });

  it('keeps every code within the three characters of tenants.region_code', () => {
    expect(FRENCH_REGIONS.filter((region) => !/^\d{2,3}$/.test(region.code))).toEqual([]);
  });
});
