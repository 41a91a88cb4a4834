import fc from 'fast-check';
import {
  DELIBERATION_STATUSES,
  allowedDeliberationTransitions,
  checkDeliberationDates,
  collectivityCoverage,
  deliberationNumberYear,
  isDeliberationTextEditable,
  requiredDates,
  type DeliberationDates,
} from '../deliberation-rules';
import { fromCents, toCents } from '../money';

const NONE: DeliberationDates = { sessionDate: null, votedOn: null, transmittedOn: null, executoryOn: null, endedOn: null };
const TODAY = '2026-12-02';

describe('deliberation states after executory force', () => {
  it('ends an executory deliberation by withdrawal, annulment or repeal, and nothing follows an end', () => {
    expect(allowedDeliberationTransitions('EXECUTORY')).toEqual(['WITHDRAWN', 'ANNULLED', 'REPEALED']);
    for (const end of ['WITHDRAWN', 'ANNULLED', 'REPEALED'] as const) expect(allowedDeliberationTransitions(end)).toEqual([]);
  });

  it('fixes the text once voted', () => {
    expect(DELIBERATION_STATUSES.filter(isDeliberationTextEditable)).toEqual(['DRAFT', 'SCHEDULED']);
  });

  it('never lets a deliberation go back to a state it has left, except an agenda item back to draft', () => {
    const order = ['DRAFT', 'SCHEDULED', 'VOTED', 'TRANSMITTED', 'EXECUTORY'];
    for (const from of DELIBERATION_STATUSES) {
      for (const to of allowedDeliberationTransitions(from)) {
        if (from === 'SCHEDULED' && to === 'DRAFT') continue;
        if (order.includes(to) && order.includes(from)) expect(order.indexOf(to)).toBeGreaterThan(order.indexOf(from));
      }
    }
  });
});

describe('checkDeliberationDates', () => {
  it.each([
    ['a vote in order', 'VOTED', { votedOn: '2025-03-10' }, []],
    ['the whole chain, same day', 'EXECUTORY', { votedOn: '2025-03-10', transmittedOn: '2025-03-10', executoryOn: '2025-03-10' }, []],
    ['a missing vote date', 'VOTED', {}, ['votedOn']],
    ['an executory deliberation without its transmission', 'EXECUTORY', { votedOn: '2025-03-10', executoryOn: '2025-03-12' }, ['transmittedOn']],
    ['a vote in the future', 'VOTED', { votedOn: '2026-12-03' }, ['votedOn']],
    ['a transmission before the vote', 'TRANSMITTED', { votedOn: '2025-03-10', transmittedOn: '2025-03-09' }, ['transmittedOn']],
    ['executory force before the transmission', 'EXECUTORY', { votedOn: '2025-03-01', transmittedOn: '2025-03-10', executoryOn: '2025-03-09' }, ['executoryOn']],
    ['an annulment before executory force', 'ANNULLED', { votedOn: '2025-03-01', transmittedOn: '2025-03-02', executoryOn: '2025-03-10', endedOn: '2025-03-09' }, ['endedOn']],
    ['an impossible date', 'VOTED', { votedOn: '2025-02-30' }, ['votedOn']],
  ] as const)('%s', (_label, status, dates, fields) => {
    expect(checkDeliberationDates(status, { ...NONE, ...dates }, TODAY).map((problem) => problem.field)).toEqual(fields);
  });

  it('words its messages in French, naming both dates', () => {
    expect(checkDeliberationDates('TRANSMITTED', { ...NONE, votedOn: '2025-03-10', transmittedOn: '2025-03-09' }, TODAY)[0].message).toBe(
      'La date de transmission au préfet ne peut pas précéder la date du vote.',
    );
  });

  it('accepts any chronological chain in the past, and refuses any that is not', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((offset) => new Date(Date.UTC(2018, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(day, { minLength: 4, maxLength: 4 }), (days) => {
        const [votedOn, transmittedOn, executoryOn, endedOn] = days;
        const problems = checkDeliberationDates('REPEALED', { sessionDate: null, votedOn, transmittedOn, executoryOn, endedOn }, '2030-01-01');
        const ordered = votedOn <= transmittedOn && transmittedOn <= executoryOn && executoryOn <= endedOn;
        return ordered === (problems.length === 0);
      }),
    );
  });

  it('requires more dates the further a deliberation has gone', () => {
    expect(requiredDates('DRAFT')).toEqual([]);
    expect(requiredDates('REPEALED')).toEqual(['votedOn', 'transmittedOn', 'executoryOn', 'endedOn']);
  });
});

describe('deliberationNumberYear', () => {
  it.each([
    [{ votedOn: '2024-12-19', sessionDate: '2025-01-10' }, 2024],
    [{ votedOn: null, sessionDate: '2025-01-10' }, 2025],
    [{ votedOn: null, sessionDate: null }, 2026],
  ])('%j → %i', (dates, year) => expect(deliberationNumberYear(dates, TODAY)).toBe(year));
});

describe('collectivityCoverage', () => {
  it('counts every executory deliberation against a share known only as a whole', () => {
    expect(collectivityCoverage({ ownShareByYear: [], ownShareTotal: '90000', executory: [{ budgetYear: 2025, amount: '40000' }, { budgetYear: null, amount: '10000' }] })).toEqual({
      overall: { state: 'PARTIAL', planned: '90000.00', covered: '50000.00', missing: '40000.00' },
      years: [],
    });
  });

  it("covers each year on its own: one year's surplus never makes up another's shortfall", () => {
    const coverage = collectivityCoverage({
      ownShareByYear: [
        { year: 2025, amount: '60000' },
        { year: 2026, amount: '30000' },
      ],
      ownShareTotal: null,
      executory: [{ budgetYear: 2026, amount: '90000' }],
    });
    expect(coverage.overall).toEqual({ state: 'PARTIAL', planned: '90000.00', covered: '30000.00', missing: '60000.00' });
    expect(coverage.years.map((entry) => [entry.year, entry.coverage.state])).toEqual([
      [2025, 'UNCOVERED'],
      [2026, 'COVERED'],
    ]);
  });

  it('keeps planned = covered + missing, and missing = the sum of the years shortfalls, whatever the amounts', () => {
    const cents = fc.bigInt({ min: 0n, max: 10_000_000n }).map(fromCents);
    const year = fc.integer({ min: 2020, max: 2030 });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ year, amount: cents }), { selector: (entry) => entry.year, maxLength: 6 }),
        fc.array(fc.record({ budgetYear: fc.option(year, { nil: null }), amount: cents }), { maxLength: 8 }),
        (ownShareByYear, executory) => {
          const { overall, years } = collectivityCoverage({ ownShareByYear, ownShareTotal: null, executory });
          if (overall.state === 'NO_PLANNED_SPENDING') return ownShareByYear.every((entry) => toCents(entry.amount) === 0n);
          const missing = 'missing' in overall ? toCents(overall.missing) : 0n;
          const yearMissing = years.reduce((total, entry) => total + ('missing' in entry.coverage ? toCents(entry.coverage.missing) : 0n), 0n);
          return toCents(overall.planned) === toCents(overall.covered) + missing && missing === yearMissing;
        },
      ),
    );
  });
});
