import type { DeliberationFieldsFragment } from '../../graphql/generated/graphql';

/** The most telling date of a deliberation: executory, transmitted, voted, or the planned session. */
export function deliberationKeyDate(deliberation: DeliberationFieldsFragment): string | null {
  return deliberation.executoryOn ?? deliberation.transmittedOn ?? deliberation.votedOn ?? deliberation.sessionDate ?? null;
}
