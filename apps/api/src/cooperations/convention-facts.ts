import type { ConventionFacts, ConventionStatusName } from '@passerelles/domain/convention-expiry';
import { toIsoDate } from '../database/column-values';

/** The columns the validity of a convention depends on, with the status of the version that follows it. */
export interface ConventionFactsRow {
  status: ConventionStatusName;
  startsOn: Date;
  endsOn: Date;
  prefectureTransmittedOn: Date | null;
  nextVersion: { status: ConventionStatusName } | null;
}

/** Select clause giving a ConventionFactsRow, shared by every query that judges whether a convention is in force. */
export const CONVENTION_FACTS_SELECT = {
  status: true,
  startsOn: true,
  endsOn: true,
  prefectureTransmittedOn: true,
  nextVersion: { select: { status: true } },
} as const;

/** A signed (or since terminated) next version supersedes this one; a draft amendment does not. */
export function conventionFacts(row: ConventionFactsRow): ConventionFacts {
  return {
    status: row.status,
    startsOn: toIsoDate(row.startsOn),
    endsOn: toIsoDate(row.endsOn),
    prefectureTransmittedOn: toIsoDate(row.prefectureTransmittedOn),
    superseded: row.nextVersion !== null && row.nextVersion.status !== 'DRAFT',
  };
}
