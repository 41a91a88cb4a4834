import { isSectorCode, SECTOR_OPTION_GROUPS, sectorCategory, sectorName } from '../sectors';

describe('isSectorCode', () => {
  it.each([
    ['14030', true],
    ['15112', true],
    ['23210', true],
    ['23030', false], // withdrawn in 2020, replaced by 232xx
    ['15162', false], // withdrawn, replaced by 15160
    ['140', false], // a category, not a purpose code
    ['99999', false],
    ['', false],
  ])('%j → %s', (code, expected) => {
    expect(isSectorCode(code)).toBe(expected);
  });
});

describe('sectorName', () => {
  it.each([
    ['14010', 'fr', "Politique et gestion administrative du secteur de l'eau"],
    ['14010', 'en', 'Water sector policy and administrative management'],
    ['15185', 'fr', 'Administration publique locale'],
    ['23030', 'fr', 'Power generation/renewable sources'], // withdrawn, still named (no French narrative)
  ] as const)('%s in %s → %s', (code, locale, name) => {
    expect(sectorName(code, locale)).toBe(name);
  });

  it('is undefined for an unknown code', () => {
    expect(sectorName('12345')).toBeUndefined();
  });
});

describe('sectorCategory', () => {
  it.each([
    ['14030', '140', "Distribution d'Eau et Assainissement"],
    ['23210', '232', "Production d'électricité, sources renouvelables"],
    ['15112', '151', 'Gouvernement & Société Civile-général'],
  ])('%s belongs to %s (%s)', (code, categoryCode, name) => {
    expect(sectorCategory(code)).toMatchObject({ code: categoryCode, nameFr: name });
  });

  it('is undefined for an unknown code', () => {
    expect(sectorCategory('00000')).toBeUndefined();
  });
});

describe('SECTOR_OPTION_GROUPS', () => {
  const codes = SECTOR_OPTION_GROUPS.flatMap((group) => group.options.map((option) => option.code));

  it('offers every active purpose code exactly once', () => {
    expect(codes).toHaveLength(295);
    expect(new Set(codes).size).toBe(295);
    expect(codes.every(isSectorCode)).toBe(true);
  });

  it('groups codes under their category, in DAC order, without empty or withdrawn categories', () => {
    for (const group of SECTOR_OPTION_GROUPS) {
      expect(group.options.length).toBeGreaterThan(0);
      expect(group.options.every((option) => sectorCategory(option.code)?.code === group.categoryCode)).toBe(true);
    }
    const categoryCodes = SECTOR_OPTION_GROUPS.map((group) => group.categoryCode);
    expect(categoryCodes).toEqual([...categoryCodes].sort());
    expect(categoryCodes).not.toContain('230');
    expect(codes).toEqual([...codes].sort());
  });

  it('labels options with their French name', () => {
    const water = SECTOR_OPTION_GROUPS.find((group) => group.categoryCode === '140');
    expect(water?.options.find((option) => option.code === '14050')).toEqual({ code: '14050', label: 'Traitement des déchets' });
  });
});
