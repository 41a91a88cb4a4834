import { frenchLongDate } from '../calendar-date';
import { conventionValidity, isConventionInForce, type ConventionFacts } from '../convention-expiry';
import { conventionTermProblems, signingProblems, transmissionProblems } from '../convention-signing';

// Signed 2024-12-10, transmitted to the préfet 2024-12-20, in force 2025-01-01 → 2027-12-31.
const base: ConventionFacts = { status: 'SIGNED', startsOn: '2025-01-01', endsOn: '2027-12-31', prefectureTransmittedOn: '2024-12-20', superseded: false };

describe('conventionValidity and isConventionInForce', () => {
  it.each<[string, Partial<ConventionFacts>, string, string, boolean]>([
    ['a draft', { status: 'DRAFT', prefectureTransmittedOn: null }, '2026-01-01', 'NOT_SIGNED', false],
    ['terminated', { status: 'TERMINATED' }, '2026-01-01', 'TERMINATED', false],
    ['signed, transmitted, running', {}, '2026-01-01', 'ACTIVE', true],
    ['signed, transmitted, first day', {}, '2025-01-01', 'ACTIVE', true],
    ['signed, transmitted, last day', {}, '2027-12-31', 'EXPIRING_SOON', true],
    ['signed, transmitted, 90 days left', {}, '2027-10-02', 'EXPIRING_SOON', true],
    ['signed, transmitted, 91 days left', {}, '2027-10-01', 'ACTIVE', true],
    ['signed, transmitted, before its start', {}, '2024-12-31', 'NOT_STARTED', false],
    ['signed, transmitted, ended yesterday', {}, '2028-01-01', 'EXPIRED', false],
    ['signed, never transmitted, running', { prefectureTransmittedOn: null }, '2026-01-01', 'NOT_TRANSMITTED', false],
    ['signed, never transmitted, before its start', { prefectureTransmittedOn: null }, '2024-12-31', 'NOT_TRANSMITTED', false],
    ['signed, never transmitted, ended', { prefectureTransmittedOn: null }, '2028-01-01', 'EXPIRED', false],
    ['transmitted after its start: not in force before the transmission', { prefectureTransmittedOn: '2025-02-10' }, '2025-02-09', 'NOT_TRANSMITTED', false],
    ['transmitted after its start: in force from the transmission', { prefectureTransmittedOn: '2025-02-10' }, '2025-02-10', 'ACTIVE', true],
    ['starting in 2098', { startsOn: '2098-01-01', endsOn: '2099-12-31' }, '2026-01-01', 'NOT_STARTED', false],
    ['superseded by a signed amendment, still within its dates', { superseded: true }, '2026-01-01', 'SUPERSEDED', false],
    ['superseded, within 90 days of its end: not in the expiring list', { superseded: true }, '2027-12-01', 'SUPERSEDED', false],
    ['superseded, past its end: not in the expired list', { superseded: true }, '2028-06-01', 'SUPERSEDED', false],
    ['terminated and superseded', { status: 'TERMINATED', superseded: true }, '2026-01-01', 'TERMINATED', false],
  ])('%s, on %s', (_label, change, today, state, inForce) => {
    const convention = { ...base, ...change };
    expect(conventionValidity(convention, today).state).toBe(state);
    expect(isConventionInForce(convention, today)).toBe(inForce);
  });

  it('counts the days left, the days until the start and the days since the end', () => {
    expect(conventionValidity(base, '2027-12-01')).toEqual({ state: 'EXPIRING_SOON', daysLeft: 30 });
    expect(conventionValidity(base, '2024-12-22')).toEqual({ state: 'NOT_STARTED', daysUntilStart: 10 });
    expect(conventionValidity(base, '2028-01-10')).toEqual({ state: 'EXPIRED', daysSince: 10 });
  });

  it('is in force exactly when the badge says ACTIVE or EXPIRING_SOON, on every day around the dates', () => {
    const days = ['2024-12-19', '2024-12-20', '2024-12-31', '2025-01-01', '2026-06-15', '2027-12-31', '2028-01-01'];
    const variants: Partial<ConventionFacts>[] = [{}, { prefectureTransmittedOn: null }, { superseded: true }, { status: 'DRAFT' }, { status: 'TERMINATED' }];
    for (const variant of variants) {
      for (const day of days) {
        const convention = { ...base, ...variant };
        expect(isConventionInForce(convention, day)).toBe(['ACTIVE', 'EXPIRING_SOON'].includes(conventionValidity(convention, day).state));
      }
    }
  });
});

describe('conventionTermProblems', () => {
  it.each([
    ['2025-01-01', '2027-12-31', []],
    ['2025-01-01', '2025-01-01', []],
    ['2025-01-02', '2025-01-01', [{ field: 'endsOn', code: 'END_BEFORE_START' }]],
  ])('from %s to %s', (startsOn, endsOn, expected) => {
    expect(conventionTermProblems({ startsOn, endsOn })).toEqual(expected.map((problem) => expect.objectContaining(problem)));
  });
});

describe('signingProblems', () => {
  const draft = { endsOn: '2027-12-31', forecastCommitment: '150000.00' };
  it.each<[string, { endsOn: string; forecastCommitment: string | null }, string, string, { field: string; code: string }[]]>([
    ['a lawful signature', draft, '2025-01-15', '2026-01-01', []],
    ['signed today', draft, '2026-01-01', '2026-01-01', []],
    ['signed on its last day', draft, '2027-12-31', '2028-03-01', []],
    ['a zero commitment is a commitment', { ...draft, forecastCommitment: '0.00' }, '2025-01-15', '2026-01-01', []],
    ['no forecast commitment (loi Thiollière)', { ...draft, forecastCommitment: null }, '2025-01-15', '2026-01-01', [{ field: 'forecastCommitment', code: 'COMMITMENT_REQUIRED' }]],
    ['signed after its end', draft, '2028-01-01', '2028-03-01', [{ field: 'signedOn', code: 'SIGNED_AFTER_END' }]],
    ['signed tomorrow', draft, '2026-01-02', '2026-01-01', [{ field: 'signedOn', code: 'SIGNED_IN_FUTURE' }]],
    [
      'no commitment and after its end',
      { ...draft, forecastCommitment: null },
      '2028-01-01',
      '2028-03-01',
      [
        { field: 'forecastCommitment', code: 'COMMITMENT_REQUIRED' },
        { field: 'signedOn', code: 'SIGNED_AFTER_END' },
      ],
    ],
  ])('%s', (_label, convention, signedOn, today, expected) => {
    expect(signingProblems(convention, signedOn, today)).toEqual(expected.map((problem) => expect.objectContaining(problem)));
  });

  it('says in French which rule and which date', () => {
    expect(signingProblems({ ...draft, forecastCommitment: null }, '2028-01-01', '2028-03-01').map((problem) => problem.message)).toEqual([
      "Indiquez l'engagement financier prévisionnel de la convention avant de la signer (loi Thiollière).",
      'La signature ne peut pas être postérieure à la fin de la convention (31 décembre 2027).',
    ]);
  });
});

describe('transmissionProblems', () => {
  it.each<[string | null, string, string, { field: string; code: string }[]]>([
    ['2025-01-15', '2025-01-20', '2026-01-01', []],
    ['2025-01-15', '2025-01-15', '2026-01-01', []],
    ['2025-01-15', '2025-01-14', '2026-01-01', [{ field: 'transmittedOn', code: 'TRANSMITTED_BEFORE_SIGNATURE' }]],
    ['2025-01-15', '2026-01-02', '2026-01-01', [{ field: 'transmittedOn', code: 'TRANSMITTED_IN_FUTURE' }]],
  ])('signed %s, transmitted %s, today %s', (signedOn, transmittedOn, today, expected) => {
    expect(transmissionProblems({ signedOn }, transmittedOn, today)).toEqual(expected.map((problem) => expect.objectContaining(problem)));
  });

  it('names the signature date in French', () => {
    expect(transmissionProblems({ signedOn: '2025-03-01' }, '2025-02-28', '2026-01-01')[0].message).toBe('La transmission au préfet ne peut pas précéder la signature (1er mars 2025).');
  });
});

describe('frenchLongDate', () => {
  it.each([
    ['2026-03-01', '1er mars 2026'],
    ['2027-12-31', '31 décembre 2027'],
    ['2025-08-02', '2 août 2025'],
  ])('%s → %s', (iso, text) => expect(frenchLongDate(iso)).toBe(text));
});
