import { SECTOR_CODELIST } from '../generated/sector';
import { defaultSectorsFor, isThematicDomain, sectorsOfDomain, THEMATIC_DOMAIN_OPTIONS, THEMATIC_DOMAINS, thematicDomainLabel, type ThematicDomain } from '../thematic-domains';

const sectorsByCode = new Map(SECTOR_CODELIST.map((sector) => [sector.code, sector]));

describe('thematic domains', () => {
  it('are the 22 domains of the product', () => {
    expect(THEMATIC_DOMAINS).toHaveLength(22);
    expect(THEMATIC_DOMAINS.every((domain) => /^[A-Z]+(_[A-Z]+)*$/.test(domain))).toBe(true);
  });

  describe.each(THEMATIC_DOMAINS.map((domain) => [domain]))('%s', (domain) => {
    it('maps to active DAC purpose codes of the codelist, sorted and without duplicates', () => {
      const codes = sectorsOfDomain(domain);
      expect(codes.length).toBeGreaterThan(0);
      expect(codes.filter((code) => !sectorsByCode.has(code))).toEqual([]);
      expect(codes.filter((code) => sectorsByCode.get(code)?.withdrawn)).toEqual([]);
      expect(codes).toEqual([...new Set(codes)].sort());
    });

    it('has a French label', () => {
      expect(thematicDomainLabel(domain)).toMatch(/^[A-ZÉ][a-zà-ÿ -]+$/);
    });
  });

  it.each([
    ['WATER_SANITATION', 'Eau et assainissement', ['14010', '14015', '14020', '14021', '14022', '14030', '14031', '14032', '14040', '14081']],
    ['WASTE', 'Déchets', ['14050']],
    ['CULTURE', 'Culture', ['16061', '16066']],
    ['TOURISM', 'Tourisme', ['33210']],
    ['MIGRATION', 'Migrations', ['15190', '24050']],
  ] as const)('%s is "%s" → %j', (domain, label, codes) => {
    expect(thematicDomainLabel(domain)).toBe(label);
    expect(sectorsOfDomain(domain)).toEqual(codes);
  });

  it.each([
    ['TERRITORIAL_GOVERNANCE', ['15110', '15112', '15150', '15185']],
    ['ENERGY', ['23110', '23210', '23231']],
    ['HEALTH', ['12220']],
    ['EDUCATION', ['11220']],
    ['AGRICULTURE', ['31120', '31161']],
    ['HUMAN_RIGHTS', ['15160']],
    ['GENDER_EQUALITY', ['15170']],
    ['HERITAGE', ['41040']],
  ] as const)('%s includes %j', (domain, codes) => {
    expect(sectorsOfDomain(domain)).toEqual(expect.arrayContaining([...codes]));
  });

  it('keeps waste out of water and sanitation', () => {
    expect(sectorsOfDomain('WATER_SANITATION')).not.toContain('14050');
  });

  it.each([
    ['WATER_SANITATION', true],
    ['URBAN_TRANSPORT', true],
    ['water_sanitation', false],
    ['SPORT', false],
    [3, false],
  ])('isThematicDomain(%j) → %s', (value, expected) => {
    expect(isThematicDomain(value)).toBe(expected);
  });

  it('offers the domains in French alphabetical order', () => {
    const labels = THEMATIC_DOMAIN_OPTIONS.map((option) => option.label);
    expect(THEMATIC_DOMAIN_OPTIONS).toHaveLength(22);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'fr')));
    expect(labels.indexOf('Éducation')).toBeLessThan(labels.indexOf('Énergie'));
  });
});

describe('defaultSectorsFor', () => {
  it.each<[ThematicDomain[], string[]]>([
    [[], []],
    [['WASTE'], ['14050']],
    [['WASTE', 'TOURISM'], ['14050', '33210']],
    [['TOURISM', 'WASTE', 'TOURISM'], ['14050', '33210']],
    [['CULTURE', 'HERITAGE'], ['16061', '16066', '41040']],
    [['TRAINING', 'PROFESSIONAL_INTEGRATION'], ['11330', '11430', '16020', '32130', '43081']],
  ])('%j → %j', (domains, codes) => {
    expect(defaultSectorsFor(domains)).toEqual(codes);
  });

  it('is the sorted union of the domains’ codes', () => {
    const all = defaultSectorsFor(THEMATIC_DOMAINS);
    const union = new Set(THEMATIC_DOMAINS.flatMap((domain) => [...sectorsOfDomain(domain)]));
    expect(all).toEqual([...union].sort());
  });
});
