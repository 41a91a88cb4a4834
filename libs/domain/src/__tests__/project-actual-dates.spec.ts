import fc from 'fast-check';
import { frenchDate } from '../french-date';
import { actualDatesOnTransition } from '../project-actual-dates';
import { PROJECT_STATUSES } from '../project-lifecycle';

const TODAY = '2026-12-02';

describe('actual dates on a status change', () => {
  it.each([
    ['IN_PROGRESS', null, null, { allowed: true, changes: { actualStart: TODAY } }],
    ['IN_PROGRESS', '2026-01-10', null, { allowed: true, changes: {} }],
    ['IN_PROGRESS', null, '2020-01-01', { allowed: false, problem: 'END_BEFORE_START', field: 'actualEnd', dates: { actualStart: TODAY, actualEnd: '2020-01-01' } }],
    ['CLOSED', '2025-05-01', null, { allowed: true, changes: { actualEnd: TODAY } }],
    ['CLOSED', null, null, { allowed: true, changes: { actualEnd: TODAY } }],
    ['CLOSED', '2025-05-01', '2026-06-30', { allowed: true, changes: {} }],
    ['CLOSED', TODAY, null, { allowed: true, changes: { actualEnd: TODAY } }],
    ['CLOSED', '2027-03-01', null, { allowed: false, problem: 'START_IN_FUTURE', field: 'actualStart', dates: { actualStart: '2027-03-01', actualEnd: null } }],
    ['CLOSED', '2025-05-01', '2026-12-03', { allowed: false, problem: 'END_IN_FUTURE', field: 'actualEnd', dates: { actualStart: '2025-05-01', actualEnd: '2026-12-03' } }],
    ['CLOSING', '2027-03-01', null, { allowed: true, changes: {} }],
  ] as const)('%s with start %s and end %s', (to, actualStart, actualEnd, expected) => {
    expect(actualDatesOnTransition(to, { actualStart, actualEnd }, TODAY)).toEqual(expected);
  });

  const isoDate = fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

  it('never lets a status change store an end before the start, nor close in the future', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROJECT_STATUSES), fc.option(isoDate), fc.option(isoDate), isoDate, (to, start, end, today) => {
        // Only coherent rows exist (the projects_actual_dates check).
        fc.pre(start === null || end === null || start <= end);
        const verdict = actualDatesOnTransition(to, { actualStart: start, actualEnd: end }, today);
        if (!verdict.allowed) return;
        const after = { actualStart: start, actualEnd: end, ...verdict.changes };
        if (after.actualStart !== null && after.actualEnd !== null) expect(after.actualStart <= after.actualEnd).toBe(true);
        if (to === 'CLOSED') {
          expect(after.actualEnd).not.toBeNull();
          expect(after.actualEnd! <= today).toBe(true);
          if (after.actualStart !== null) expect(after.actualStart <= today).toBe(true);
        }
      }),
    );
  });
});

describe('frenchDate', () => {
  it.each([
    ['2027-03-01', '1er mars 2027'],
    ['2026-04-12', '12 avril 2026'],
    ['2025-08-31', '31 août 2025'],
    ['2024-12-01', '1er décembre 2024'],
  ])('%s → %s', (iso, french) => {
    expect(frenchDate(iso)).toBe(french);
  });
});
