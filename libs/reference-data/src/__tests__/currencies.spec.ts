import { CURRENCY_OPTIONS, currencyName, isCurrencyCode } from '../currencies';

describe('currencyName', () => {
  // CLDR's French names, capitalised by the generator for use as labels.
  it.each([
    ['EUR', 'Euro'],
    ['XOF', 'Franc CFA (BCEAO)'],
    ['XAF', 'Franc CFA (BEAC)'],
    ['USD', 'Dollar des États-Unis'],
    ['MAD', 'Dirham marocain'],
    ['MGA', 'Ariary malgache'],
    ['MRO', 'Ouguiya mauritanien (1973–2017)'], // withdrawn, still named
    ['VED', 'Bolivar Soberano'], // unknown to CLDR: the codelist's English name
  ])('%s → %s', (code, name) => {
    expect(currencyName(code)).toBe(name);
  });

  it('gives the codelist name in English', () => {
    expect(currencyName('XOF', 'en')).toBe('CFA Franc BCEAO');
  });

  it.each(['XXX', 'eur', ''])('%j is unknown', (code) => {
    expect(currencyName(code)).toBeUndefined();
  });
});

describe('isCurrencyCode', () => {
  it.each([
    ['EUR', true],
    ['XOF', true],
    ['MRU', true],
    ['MRO', false], // withdrawn in 2018 for MRU
    ['EEK', false],
    ['ZMK', false],
    ['eur', false],
    ['FRF', false],
  ])('%s → %s', (code, expected) => {
    expect(isCurrencyCode(code)).toBe(expected);
  });
});

describe('CURRENCY_OPTIONS', () => {
  it('offers the 167 active currencies in French alphabetical order', () => {
    expect(CURRENCY_OPTIONS).toHaveLength(167);
    const labels = CURRENCY_OPTIONS.map((option) => option.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'fr')));
    expect(CURRENCY_OPTIONS.map((option) => option.code)).not.toContain('MRO');
  });
});
