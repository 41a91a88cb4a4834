import { z } from 'zod';
import { DELIBERATION_STATUSES } from '@passerelles/domain/deliberation-rules';
import { isoDateField, optionalAmount, optionalIsoDate, optionalUuid, requiredText } from './common-fields';

export const DELIBERATION_ASSEMBLIES = [
  'MUNICIPAL_COUNCIL',
  'COMMUNITY_COUNCIL',
  'DEPARTMENTAL_COUNCIL',
  'REGIONAL_COUNCIL',
  'SYNDICATE_COMMITTEE',
  'PERMANENT_COMMISSION',
  'BUREAU',
] as const;
export const DELIBERATION_OBJECTS = ['CONVENTION', 'BUDGET', 'PERSONNEL', 'OPERATOR_CONVENTION', 'GRANT', 'EMERGENCY_AID'] as const;

export const deliberationSchema = z.object({
  number: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[\p{L}\p{N}][\p{L}\p{N} ./_-]*$/u, 'Numéro invalide : lettres, chiffres, espace, point, tiret, barre oblique.'),
  title: requiredText(3, 300),
  assembly: z.enum(DELIBERATION_ASSEMBLIES),
  object: z.enum(DELIBERATION_OBJECTS),
  sessionDate: optionalIsoDate,
  amount: optionalAmount,
  conventionId: optionalUuid,
  projectId: optionalUuid,
  budgetYear: z.number().int().min(2000).max(2100).nullish().transform((value) => value ?? null),
});

export const changeDeliberationStatusSchema = z.object({
  deliberationId: z.uuid(),
  status: z.enum(DELIBERATION_STATUSES),
  /** Date of the vote, of the transmission to the préfet or of executory force, depending on the new status. */
  date: isoDateField.nullish().transform((value) => value ?? null),
});

export type DeliberationValues = z.infer<typeof deliberationSchema>;
export type ChangeDeliberationStatusValues = z.infer<typeof changeDeliberationStatusSchema>;
