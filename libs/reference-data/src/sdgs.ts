import { codelistLookup } from './codelist-lookup';
import { SDG_GOAL_CODELIST, type SdgGoalEntry } from './generated/unsdg-goals';
import { SDG_TARGET_CODELIST, type SdgTargetEntry } from './generated/unsdg-targets';
import { type ReferenceLocale } from './locale';
import { type ReferenceOption } from './reference-option';

// The UN Sustainable Development Goals (ODD), 1 to 17, and their 169 targets ("6.1", "6.a"…), as IATI tags them
// (vocabularies 2 and 3). A project is tagged with a goal alone or with one of that goal's targets.
const goals = codelistLookup<number, SdgGoalEntry>(SDG_GOAL_CODELIST);
const targets = codelistLookup<string, SdgTargetEntry>(SDG_TARGET_CODELIST);

export function isSdgGoal(goal: unknown): goal is number {
  return typeof goal === 'number' && goals.isActive(goal);
}

export function isSdgTarget(code: unknown): code is string {
  return typeof code === 'string' && targets.isActive(code);
}

/** Whether a target belongs to a goal: "6.1" to 6, never to 16 (a tag of goal 16 with target 6.1 is refused). */
export function isSdgTargetOfGoal(goal: number, target: string): boolean {
  return isSdgTarget(target) && targets.find(target)?.goal === goal;
}

export function goalOfSdgTarget(code: string): number | undefined {
  return targets.find(code)?.goal;
}

/** The targets of a goal, numbered ones first, then the means of implementation ("6.a", "6.b"). */
export function targetsOfGoal(goal: number): readonly SdgTargetEntry[] {
  return targets.active.filter((target) => target.goal === goal);
}

/** "Objectif 6. Garantir l'accès de tous à l'eau…" */
export function sdgGoalName(goal: number, locale: ReferenceLocale = 'fr'): string | undefined {
  return goals.name(goal, locale);
}

export function sdgTargetName(code: string, locale: ReferenceLocale = 'fr'): string | undefined {
  return targets.name(code, locale);
}

/** The goals in their numeric order, the order everyone knows them by. */
export const SDG_GOAL_OPTIONS: readonly ReferenceOption<number>[] = goals.active.map((goal) => ({ code: goal.code, label: goal.nameFr }));
