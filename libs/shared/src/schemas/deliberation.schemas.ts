import { z } from 'zod';
import { DELIBERATION_STATUSES } from '@passerelles/domain/deliberation-rules';
import { amountField, isoDateField, optionalIsoDate, optionalText, optionalUuid, requiredText } from './common-fields';

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
export const DELIBERATION_DATE_FIELDS = ['sessionDate', 'votedOn', 'transmittedOn', 'executoryOn', 'endedOn'] as const;

/** One vote of a commission permanente can grant a dozen associations: a deliberation covers many projects. */
export const MAX_DELIBERATION_PROJECTS = 100;
/** A correction of a recorded date says why, so that the audit journal explains it. */
export const CORRECTION_REASON_MIN_LENGTH = 15;

const coveredProjectSchema = z.object({
  projectId: z.uuid(),
  amount: amountField,
});

export const deliberationSchema = z
  .object({
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
    conventionId: optionalUuid,
    budgetYear: z.number().int().min(2000).max(2100).nullish().transform((value) => value ?? null),
    projects: z
      .array(coveredProjectSchema)
      .max(MAX_DELIBERATION_PROJECTS)
      .nullish()
      .transform((value) => value ?? []),
  })
  .superRefine((value, context) => {
    const seen = new Set<string>();
    value.projects.forEach((project, index) => {
      if (seen.has(project.projectId)) {
        context.addIssue({ code: 'custom', path: ['projects', index, 'projectId'], message: 'Ce projet figure déjà dans la délibération.' });
      }
      seen.add(project.projectId);
    });
  });

export const changeDeliberationStatusSchema = z
  .object({
    deliberationId: z.uuid(),
    status: z.enum(DELIBERATION_STATUSES),
    /** Date of the vote, of the transmission to the préfet, of executory force or of the end, by new status. */
    date: isoDateField.nullish().transform((value) => value ?? null),
    /** Why it ends: the court's decision, the repealing deliberation, the reason for withdrawal. */
    reason: optionalText(1000),
  })
  .superRefine((value, context) => {
    if ((value.status === 'ANNULLED' || value.status === 'REPEALED' || value.status === 'WITHDRAWN') && value.reason === null) {
      context.addIssue({ code: 'custom', path: ['reason'], message: 'Indiquez le motif (décision du tribunal, délibération d’abrogation, raison du retrait).' });
    }
  });

export const correctDeliberationDateSchema = z.object({
  deliberationId: z.uuid(),
  field: z.enum(DELIBERATION_DATE_FIELDS),
  date: isoDateField,
  reason: requiredText(CORRECTION_REASON_MIN_LENGTH, 1000),
});

export type DeliberationValues = z.infer<typeof deliberationSchema>;
export type ChangeDeliberationStatusValues = z.infer<typeof changeDeliberationStatusSchema>;
export type CorrectDeliberationDateValues = z.infer<typeof correctDeliberationDateSchema>;
