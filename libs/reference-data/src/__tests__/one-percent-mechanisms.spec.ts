import { SECTOR_CODELIST } from '../generated/sector';
import {
  isOnePercentMechanism,
  mechanismAllowsSector,
  ONE_PERCENT_MECHANISMS,
  onePercentMechanismLabel,
  onePercentMechanismLegalBasis,
  onePercentMechanismService,
  sectorsAllowedBy,
  type OnePercentMechanism,
} from '../one-percent-mechanisms';
import { isSectorCode } from '../sectors';

describe('mechanismAllowsSector', () => {
  it.each<[OnePercentMechanism, string, boolean]>([
    ['WATER', '14010', true],
    ['WATER', '14030', true],
    ['WATER', '14081', true],
    ['WATER', '14050', false], // solid waste: the waste mechanism
    ['WATER', '31140', false], // agricultural water resources are agriculture
    ['SANITATION', '14022', true],
    ['SANITATION', '14032', true],
    ['SANITATION', '14050', false],
    ['WASTE', '14050', true],
    ['WASTE', '14030', false],
    ['WASTE', '23360', false], // waste-fired power plants are energy generation
    ['ENERGY', '23110', true],
    ['ENERGY', '23183', true],
    ['ENERGY', '23210', true],
    ['ENERGY', '23231', true],
    ['ENERGY', '23270', true],
    ['ENERGY', '14050', false],
    ['ENERGY', '23310', false], // non-renewable generation (233xx) is outside 231xx–232xx
    ['ENERGY', '23630', true], // electricity distribution, centralised grids (amendement Pintat)
    ['ENERGY', '23631', true], // electricity distribution, isolated mini-grids
    ['ENERGY', '23640', true], // retail gas distribution
    ['ENERGY', '23610', false], // heat plants: not electricity or gas distribution
    ['ENERGY', '23620', false], // district heating and cooling
    ['ENERGY', '23641', false], // retail distribution of fossil fuels
    ['ENERGY', '23642', false], // e-mobility infrastructure
    ['ENERGY', '23030', false], // withdrawn
    ['ENERGY', '23199', false], // not a code
    ['ENERGY', '', false],
  ])('%s, %s → %s', (mechanism, code, expected) => {
    expect(mechanismAllowsSector(mechanism, code)).toBe(expected);
  });
});

describe('sectorsAllowedBy', () => {
  it.each<[OnePercentMechanism, string[]]>([
    ['WATER', ['14010', '14015', '14020', '14021', '14022', '14030', '14031', '14032', '14040', '14081']],
    ['WASTE', ['14050']],
    [
      'ENERGY',
      ['23110', '23111', '23112', '23181', '23182', '23183', '23210', '23220', '23230', '23231', '23232', '23240', '23250', '23260', '23270', '23630', '23631', '23640'],
    ],
  ])('%s → %j', (mechanism, codes) => {
    expect(sectorsAllowedBy(mechanism)).toEqual(codes);
  });

  it.each(['23630', '23631', '23640'])('finds the distribution code %s active in the generated Sector codelist', (code) => {
    expect(SECTOR_CODELIST.find((sector) => sector.code === code)).toMatchObject({ categoryCode: '236', withdrawn: false });
  });

  it('gives water and sanitation the same sectors', () => {
    expect(sectorsAllowedBy('SANITATION')).toEqual(sectorsAllowedBy('WATER'));
  });

  it('lists only active codes, each allowed', () => {
    for (const mechanism of ONE_PERCENT_MECHANISMS) {
      for (const code of sectorsAllowedBy(mechanism)) {
        expect(isSectorCode(code)).toBe(true);
        expect(mechanismAllowsSector(mechanism, code)).toBe(true);
      }
    }
  });

  it('lets no code be charged to two mechanisms other than water and sanitation', () => {
    const counted = SECTOR_CODELIST.map((sector) => ONE_PERCENT_MECHANISMS.filter((mechanism) => mechanismAllowsSector(mechanism, sector.code)));
    expect(counted.filter((mechanisms) => mechanisms.length > 1 && mechanisms.join() !== 'WATER,SANITATION')).toEqual([]);
  });
});

describe('mechanism descriptions', () => {
  it.each<[OnePercentMechanism, string, RegExp]>([
    ['WATER', '1\u00a0% eau', /Oudin-Santini.*2005/],
    ['SANITATION', '1\u00a0% assainissement', /Oudin-Santini.*2005/],
    ['WASTE', '1\u00a0% déchets', /LOP-DSI.*2014/],
    ['ENERGY', '1\u00a0% énergie', /Pintat.*2006/],
  ])('%s is "%s" under %s', (mechanism, label, law) => {
    expect(onePercentMechanismLabel(mechanism)).toBe(label);
    expect(onePercentMechanismLegalBasis(mechanism)).toMatch(law);
    expect(onePercentMechanismService(mechanism)).toMatch(/^Service public /);
  });

  it.each([
    ['WATER', true],
    ['ENERGY', true],
    ['GAS', false],
    ['water', false],
    [undefined, false],
  ])('isOnePercentMechanism(%j) → %s', (value, expected) => {
    expect(isOnePercentMechanism(value)).toBe(expected);
  });
});
