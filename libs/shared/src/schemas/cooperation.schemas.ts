import { z } from 'zod';
import {
  countryCodeField,
  endNotBeforeStart,
  isoDateField,
  optionalAmount,
  optionalIsoDate,
  optionalMultilineText,
  optionalText,
  optionalUuid,
  requiredMultilineText,
  requiredText,
} from './common-fields';

export const COOPERATION_STATUSES = ['ACTIVE', 'SUSPENDED', 'ENDED'] as const;

export const cooperationSchema = z.object({
  name: requiredText(2, 200),
  partnerTerritory: requiredText(2, 200),
  countryCode: countryCodeField,
  partnerOrganisationId: optionalUuid,
  startedOn: optionalIsoDate,
  status: z.enum(COOPERATION_STATUSES).default('ACTIVE'),
  description: optionalMultilineText(4000),
});

export const conventionPartySchema = z.object({
  organisationId: optionalUuid,
  name: requiredText(2, 200),
  expectedResults: optionalMultilineText(4000),
  commitments: optionalMultilineText(4000),
});

export const conventionSchema = z
  .object({
    title: requiredText(3, 300),
    reference: optionalText(80),
    startsOn: isoDateField,
    endsOn: isoDateField,
    objectives: requiredMultilineText(3, 8000),
    means: optionalMultilineText(8000),
    forecastCommitment: optionalAmount,
    parties: z.array(conventionPartySchema).min(2, 'Une convention lie au moins deux parties.').max(20),
  })
  .superRefine(endNotBeforeStart('startsOn', 'endsOn'));

export const createConventionSchema = conventionSchema.and(z.object({ cooperationId: z.uuid() }));

export const conventionVersionSchema = conventionSchema.and(z.object({ kind: z.enum(['AMENDMENT', 'RENEWAL']) }));

export const signConventionSchema = z.object({ signedOn: isoDateField });
export const prefectureTransmissionSchema = z.object({ transmittedOn: isoDateField });

export type CooperationValues = z.infer<typeof cooperationSchema>;
export type ConventionValues = z.infer<typeof conventionSchema>;
export type CreateConventionValues = z.infer<typeof createConventionSchema>;
export type ConventionVersionValues = z.infer<typeof conventionVersionSchema>;
