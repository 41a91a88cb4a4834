import { PROJECT_STATUSES, allowedTransitions, isTransitionAllowed, judgeTransition } from '../project-lifecycle';

const none = { hasConventionInForce: false, hasVotedDeliberation: false };

describe('project lifecycle', () => {
  it.each([
    ['IDENTIFICATION', 'DIAGNOSTIC', true],
    ['IDENTIFICATION', 'PROGRAMMED', true],
    ['IDENTIFICATION', 'IN_PROGRESS', false],
    ['DIAGNOSTIC', 'IDENTIFICATION', true],
    ['PROGRAMMED', 'IN_PROGRESS', true],
    ['IN_PROGRESS', 'PROGRAMMED', false],
    ['IN_PROGRESS', 'CLOSING', true],
    ['CLOSING', 'CLOSED', true],
    ['CLOSED', 'EVALUATED', true],
    ['CLOSED', 'IN_PROGRESS', false],
    ['EVALUATED', 'CLOSED', false],
    ['IN_PROGRESS', 'SUSPENDED', true],
    ['SUSPENDED', 'IN_PROGRESS', true],
    ['CLOSED', 'CANCELLED', false],
    ['CANCELLED', 'IDENTIFICATION', false],
  ] as const)('%s → %s: %s', (from, to, expected) => {
    expect(isTransitionAllowed(from, to)).toBe(expected);
  });

  it('never allows staying in place, and ends in EVALUATED or CANCELLED', () => {
    for (const status of PROJECT_STATUSES) expect(allowedTransitions(status)).not.toContain(status);
    expect(allowedTransitions('EVALUATED')).toEqual([]);
    expect(allowedTransitions('CANCELLED')).toEqual([]);
  });

  it('reaches EVALUATED from IDENTIFICATION through the normal path', () => {
    const path = ['IDENTIFICATION', 'DIAGNOSTIC', 'PROGRAMMED', 'IN_PROGRESS', 'CLOSING', 'CLOSED', 'EVALUATED'] as const;
    for (let i = 1; i < path.length; i++) expect(isTransitionAllowed(path[i - 1], path[i])).toBe(true);
  });
});

describe('judgeTransition to PROGRAMMED', () => {
  it('needs a signed convention or a voted deliberation', () => {
    expect(judgeTransition('DIAGNOSTIC', 'PROGRAMMED', none)).toEqual({ allowed: false, reason: 'PROGRAMMING_REQUIRES_COMMITMENT' });
    expect(judgeTransition('DIAGNOSTIC', 'PROGRAMMED', { ...none, hasConventionInForce: true })).toEqual({ allowed: true, overridden: false });
    expect(judgeTransition('DIAGNOSTIC', 'PROGRAMMED', { ...none, hasVotedDeliberation: true })).toEqual({ allowed: true, overridden: false });
  });

  it('accepts an explicit override with a real reason', () => {
    expect(judgeTransition('DIAGNOSTIC', 'PROGRAMMED', none, 'urgent')).toEqual({ allowed: false, reason: 'OVERRIDE_REASON_TOO_SHORT' });
    expect(judgeTransition('DIAGNOSTIC', 'PROGRAMMED', none, 'Délibération prévue au conseil du 12 mars')).toEqual({ allowed: true, overridden: true });
  });

  it('does not ask again when resuming a suspended project', () => {
    expect(judgeTransition('SUSPENDED', 'PROGRAMMED', none)).toEqual({ allowed: true, overridden: false });
  });

  it('refuses forbidden moves whatever the evidence', () => {
    expect(judgeTransition('CLOSED', 'PROGRAMMED', { hasConventionInForce: true, hasVotedDeliberation: true }, 'une raison assez longue')).toEqual({
      allowed: false,
      reason: 'TRANSITION_NOT_ALLOWED',
    });
  });
});
