import { z } from 'zod';
import { conventionTermProblems, signingProblems, transmissionProblems, type ConventionRuleProblem } from '@passerelles/domain/convention-signing';
import {
  countryCodeField,
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
  .superRefine((value, context) => addProblems(context, conventionTermProblems(value)));

export const createConventionSchema = conventionSchema.and(z.object({ cooperationId: z.uuid() }));

export const conventionVersionSchema = conventionSchema.and(z.object({ kind: z.enum(['AMENDMENT', 'RENEWAL']) }));

export const signConventionSchema = z.object({ signedOn: isoDateField });
export const prefectureTransmissionSchema = z.object({ transmittedOn: isoDateField });

/** The rules of the domain as zod issues, each on the field at fault. */
function addProblems(context: z.RefinementCtx, problems: readonly ConventionRuleProblem[]): void {
  for (const problem of problems) context.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
}

/**
 * The signature form of one convention (its end and forecast commitment known): the date's format, then the
 * legal rules of the domain. A problem on `forecastCommitment` is form-level (the field is not in the form).
 */
export function signConventionFormSchema(convention: { endsOn: string; forecastCommitment: string | null }, today: string) {
  return signConventionSchema.superRefine((value, context) => addProblems(context, signingProblems(convention, value.signedOn, today)));
}

/** The form recording the transmission to the préfet of one signed convention. */
export function prefectureTransmissionFormSchema(convention: { signedOn: string | null }, today: string) {
  return prefectureTransmissionSchema.superRefine((value, context) => addProblems(context, transmissionProblems(convention, value.transmittedOn, today)));
}

export type CooperationValues = z.infer<typeof cooperationSchema>;
export type ConventionValues = z.infer<typeof conventionSchema>;
export type CreateConventionValues = z.infer<typeof createConventionSchema>;
export type ConventionVersionValues = z.infer<typeof conventionVersionSchema>;
