import fc from 'fast-check';
import { completeSiren, isLuhnValid, isValidSiren, normalizeSiren, sirenWarning } from '../siren';

describe('isValidSiren', () => {
  it.each([
    ['443061841', true], // Google France
    ['217500016', true], // Ville de Paris
    ['200046977', true], // Métropole de Lyon
    ['356000000', true], // La Poste: its SIREN passes Luhn (the exception concerns its SIRET numbers)
    ['356000001', false], // no special case left for La Poste's prefix
    ['443 061 841', true],
    ['443061842', false],
    ['44306184', false],
    ['4430618411', false],
    ['44306184A', false],
    ['', false],
  ])('%s → %s', (siren, expected) => {
    expect(isValidSiren(siren)).toBe(expected);
  });

  it('accepts exactly one check digit for any 8-digit prefix', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{8}$/), (prefix) => {
        const valid = [...'0123456789'].filter((digit) => isLuhnValid(prefix + digit));
        expect(valid).toHaveLength(1);
      }),
    );
  });

  it('rejects any single-digit change of a valid SIREN', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{8}$/), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (prefix, position, delta) => {
        const check = [...'0123456789'].find((digit) => isLuhnValid(prefix + digit))!;
        const siren = prefix + check;
        const changed = siren.slice(0, position) + ((Number(siren[position]) + delta) % 10) + siren.slice(position + 1);
        expect(isValidSiren(changed)).toBe(false);
      }),
    );
  });
});

describe('sirenWarning', () => {
  it.each([
    ['217500016', null], // Ville de Paris
    ['200046977', null], // Métropole de Lyon
    ['217 500 016', null],
    ['443061841', 'NOT_A_PUBLIC_BODY'], // a company
    ['356000000', 'NOT_A_PUBLIC_BODY'], // La Poste (a société anonyme)
    ['130005481', 'NOT_A_PUBLIC_BODY'], // a national public body, not a collectivité
    ['443061842', null], // invalid: the validation error speaks, not the warning
    ['', null],
  ])('%s → %s', (siren, code) => {
    expect(sirenWarning(siren)?.code ?? null).toBe(code);
  });

  it('warns in French, without refusing', () => {
    expect(sirenWarning('443061841')?.message).toMatch(/ne commence pas par 2/);
    expect(isValidSiren('443061841')).toBe(true);
  });

  it('warns exactly for the valid SIRENs whose first digit is not 2', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{8}$/), (prefix) => {
        const siren = completeSiren(prefix);
        expect(sirenWarning(siren) !== null).toBe(!siren.startsWith('2'));
      }),
    );
  });
});

describe('normalizeSiren', () => {
  it('removes spaces, dots and dashes', () => {
    expect(normalizeSiren(' 217.500-016 ')).toBe('217500016');
  });
});

describe('completeSiren', () => {
  it('adds the check digit', () => {
    expect(completeSiren('21750001')).toBe('217500016');
  });

  it('always yields a valid SIREN', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{8}$/), (prefix) => expect(isValidSiren(completeSiren(prefix))).toBe(true)));
  });
});
