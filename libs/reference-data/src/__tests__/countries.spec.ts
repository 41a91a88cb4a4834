import { COUNTRY_OPTIONS, countryName, isCountryCode } from '../countries';

describe('countryName', () => {
  // French names are CLDR's (Intl.DisplayNames in the generator), as observed with the Node of .nvmrc.
  it.each([
    ['BF', 'Burkina Faso'],
    ['PL', 'Pologne'],
    ['VN', 'Viêt Nam'],
    ['SN', 'Sénégal'],
    ['CI', 'Côte d’Ivoire'],
    ['CD', 'Congo-Kinshasa'],
    ['MA', 'Maroc'],
    ['HT', 'Haïti'],
    ['DE', 'Allemagne'],
    ['XK', 'Kosovo'],
    ['PS', 'Territoires palestiniens'],
    ['AN', 'NETHERLAND ANTILLES'], // withdrawn, not in CLDR (which would say Curaçao): the codelist's name
  ])('%s → %s', (code, name) => {
    expect(countryName(code)).toBe(name);
  });

  it.each([
    ['PL', 'Poland'],
    ['VN', 'Viet Nam'],
    ['BF', 'Burkina Faso'],
  ])('%s in English → %s', (code, name) => {
    expect(countryName(code, 'en')).toBe(name);
  });

  it.each(['ZZ', 'bf', '', 'FRA'])('%j is unknown', (code) => {
    expect(countryName(code)).toBeUndefined();
  });
});

describe('isCountryCode', () => {
  it.each([
    ['FR', true],
    ['BF', true],
    ['XK', true],
    ['AN', false], // withdrawn
    ['ZZ', false],
    ['fr', false], // codes are stored upper case
    ['', false],
  ])('%j → %s', (code, expected) => {
    expect(isCountryCode(code)).toBe(expected);
  });
});

describe('COUNTRY_OPTIONS', () => {
  it('offers every active country once, and no withdrawn one', () => {
    expect(COUNTRY_OPTIONS).toHaveLength(250);
    expect(new Set(COUNTRY_OPTIONS.map((option) => option.code)).size).toBe(250);
    expect(COUNTRY_OPTIONS.find((option) => option.code === 'AN')).toBeUndefined();
  });

  it('is in French alphabetical order', () => {
    const labels = COUNTRY_OPTIONS.map((option) => option.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'fr')));
    expect(labels[0]).toBe('Afghanistan');
    // Accented initials sort with their letter: Égypte among the E, Île… among the I.
    expect(labels.indexOf('Égypte')).toBeGreaterThan(labels.indexOf('Équateur') - 3);
    expect(labels.indexOf('Égypte')).toBeLessThan(labels.indexOf('Espagne'));
  });

  it('labels each country with its French name', () => {
    expect(COUNTRY_OPTIONS.find((option) => option.code === 'DE')).toEqual({ code: 'DE', label: 'Allemagne' });
  });
});
