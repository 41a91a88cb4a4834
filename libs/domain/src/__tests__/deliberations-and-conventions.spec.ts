import { daysBetween, isIsoDate, todayInParis } from '../calendar-date';
import { conventionValidity, isConventionInForce } from '../convention-expiry';
import { isDeliberationTransitionAllowed, isVoted, spendingCoverage } from '../deliberation-rules';

describe('deliberation workflow', () => {
  it.each([
    ['DRAFT', 'SCHEDULED', true],
    ['SCHEDULED', 'VOTED', true],
    ['VOTED', 'TRANSMITTED', true],
    ['TRANSMITTED', 'EXECUTORY', true],
    ['DRAFT', 'EXECUTORY', false],
    ['EXECUTORY', 'WITHDRAWN', true],
    ['EXECUTORY', 'DRAFT', false],
    ['VOTED', 'WITHDRAWN', true],
    ['WITHDRAWN', 'DRAFT', false],
  ] as const)('%s → %s: %s', (from, to, expected) => expect(isDeliberationTransitionAllowed(from, to)).toBe(expected));

  it('counts as voted from the vote on, until withdrawn', () => {
    expect(['DRAFT', 'SCHEDULED', 'VOTED', 'TRANSMITTED', 'EXECUTORY', 'WITHDRAWN'].map((s) => isVoted(s as never))).toEqual([false, false, true, true, true, false]);
  });
});

describe('spendingCoverage', () => {
  it.each([
    [null, [], { state: 'NO_PLANNED_SPENDING', covered: '0.00' }],
    ['100000', ['60000', '40000.00'], { state: 'COVERED', planned: '100000.00', covered: '100000.00' }],
    ['100000', ['60000.50'], { state: 'PARTIAL', planned: '100000.00', covered: '60000.50', missing: '39999.50' }],
    ['2500.10', [], { state: 'UNCOVERED', planned: '2500.10', covered: '0.00', missing: '2500.10' }],
  ])('planned %s, executory %j', (planned, amounts, expected) => expect(spendingCoverage(planned, amounts)).toEqual(expected));
});

describe('conventions', () => {
  const signed = { status: 'SIGNED' as const, startsOn: '2024-01-01', endsOn: '2026-12-31', prefectureTransmittedOn: '2023-11-15', superseded: false };

  it.each([
    ['2023-12-01', { state: 'NOT_STARTED', daysUntilStart: 31 }],
    ['2025-06-01', { state: 'ACTIVE', daysLeft: 578 }],
    ['2026-10-02', { state: 'EXPIRING_SOON', daysLeft: 90 }],
    ['2026-12-31', { state: 'EXPIRING_SOON', daysLeft: 0 }],
    ['2027-01-10', { state: 'EXPIRED', daysSince: 10 }],
  ])('on %s: %j', (today, validity) => expect(conventionValidity(signed, today)).toEqual(validity));

  it('is in force only when signed, started and not ended', () => {
    expect(isConventionInForce(signed, '2025-01-01')).toBe(true);
    expect(isConventionInForce({ ...signed, status: 'DRAFT' }, '2025-01-01')).toBe(false);
    expect(isConventionInForce(signed, '2027-01-01')).toBe(false);
  });
});

describe('calendar dates', () => {
  it('validates real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('24-01-01')).toBe(false);
  });

  it("gives Paris' date around midnight UTC", () => {
    expect(todayInParis(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayInParis(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
  });

  it('counts days across a DST change', () => expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2));
});
