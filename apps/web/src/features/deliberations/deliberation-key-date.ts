import type { DeliberationFieldsFragment } from '../../graphql/generated/graphql';

/** The most telling date of a deliberation: its end, executory force, transmission, vote, or the planned session. */
export function deliberationKeyDate(deliberation: DeliberationFieldsFragment): string | null {
  return deliberation.endedOn ?? deliberation.executoryOn ?? deliberation.transmittedOn ?? deliberation.votedOn ?? deliberation.sessionDate ?? null;
}
