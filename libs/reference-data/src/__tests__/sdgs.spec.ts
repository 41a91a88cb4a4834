import {
  goalOfSdgTarget,
  isSdgGoal,
  isSdgTarget,
  isSdgTargetOfGoal,
  SDG_GOAL_OPTIONS,
  sdgGoalName,
  sdgTargetName,
  targetsOfGoal,
} from '../sdgs';

describe('isSdgGoal', () => {
  it.each([
    [1, true],
    [6, true],
    [17, true],
    [0, false],
    [18, false],
    [6.5, false],
    ['6', false], // goals are stored as numbers
    [null, false],
  ])('%j → %s', (goal, expected) => {
    expect(isSdgGoal(goal)).toBe(expected);
  });
});

describe('isSdgTarget', () => {
  it.each([
    ['6.1', true],
    ['6.a', true],
    ['8.10', true],
    ['17.19', true],
    ['6.7', false],
    ['6.c', false],
    ['6', false],
    ['06.1', false],
    [6.1, false],
  ])('%j → %s', (code, expected) => {
    expect(isSdgTarget(code)).toBe(expected);
  });
});

describe('targets and goals', () => {
  it.each([
    [1, 7],
    [6, 8],
    [8, 12],
    [16, 12],
    [17, 19],
  ])('goal %i has %i targets', (goal, count) => {
    expect(targetsOfGoal(goal)).toHaveLength(count);
  });

  it('has 169 targets over the 17 goals, each belonging to the goal its code starts with', () => {
    const all = SDG_GOAL_OPTIONS.flatMap((goal) => targetsOfGoal(goal.code));
    expect(all).toHaveLength(169);
    for (const target of all) {
      expect(target.code.startsWith(`${target.goal}.`)).toBe(true);
      expect(goalOfSdgTarget(target.code)).toBe(target.goal);
      expect(isSdgTargetOfGoal(target.goal, target.code)).toBe(true);
    }
  });

  it.each([
    [6, '6.1', true],
    [16, '6.1', false],
    [1, '16.1', false],
    [6, '6.9', false],
  ])('goal %i with target %s → %s', (goal, target, expected) => {
    expect(isSdgTargetOfGoal(goal, target)).toBe(expected);
  });

  it('is undefined for an unknown target', () => {
    expect(goalOfSdgTarget('18.1')).toBeUndefined();
    expect(targetsOfGoal(18)).toEqual([]);
  });
});

describe('names', () => {
  it.each([
    [6, 'fr', 'Objectif 6. Garantir l’accès de tous à des services d’alimentation en eau et d’assainissement gérés de façon durable'],
    [6, 'en', 'Goal 6. Ensure availability and sustainable management of water and sanitation for all'],
    [11, 'fr', 'Objectif 11. Faire en sorte que les villes et les établissements humains soient ouverts à tous, sûrs, résilients et durables'],
  ] as const)('goal %i in %s', (goal, locale, name) => {
    expect(sdgGoalName(goal, locale)).toBe(name);
  });

  it('names targets in French', () => {
    expect(sdgTargetName('6.1')).toBe('D’ici à 2030, assurer l’accès universel et équitable à l’eau potable, à un coût abordable');
    expect(sdgTargetName('6.1', 'en')).toBe('By 2030, achieve universal and equitable access to safe and affordable drinking water for all');
  });

  it('offers the 17 goals in numeric order with French labels', () => {
    expect(SDG_GOAL_OPTIONS.map((goal) => goal.code)).toEqual(Array.from({ length: 17 }, (_, index) => index + 1));
    expect(SDG_GOAL_OPTIONS.every((goal) => goal.label.startsWith(`Objectif ${goal.code}.`))).toBe(true);
  });
});
