import { z } from 'zod';
import { PROJECT_STATUSES } from '@passerelles/domain/project-lifecycle';
import { sectorAllocationProblem } from '@passerelles/domain/sector-allocation';
import { isOrganisationRoleCode } from '@passerelles/reference-data/organisation-roles';
import { isSdgGoal, isSdgTargetOfGoal } from '@passerelles/reference-data/sdgs';
import { isSectorCode } from '@passerelles/reference-data/sectors';
import { THEMATIC_DOMAINS } from '@passerelles/reference-data/thematic-domains';
import {
  amountField,
  countryCodeField,
  endNotBeforeStart,
  optionalAmount,
  optionalIsoDate,
  optionalMultilineText,
  optionalUuid,
  requiredText,
} from './common-fields';

export const ENGAGEMENT_MODES = ['DIRECT', 'MUTUALISED', 'INDIRECT', 'SUPPORT_TO_ACTORS'] as const;
export const ACTION_KINDS = [
  'DECENTRALISED_COOPERATION',
  'TWINNING',
  'HUMANITARIAN_EMERGENCY',
  'SUPPORT_TO_LOCAL_ACTORS',
  'CITIZENSHIP_EDUCATION',
  'YOUTH_MOBILITY',
] as const;
export const TEAM_ROLES = ['TECHNICIAN_IN_CHARGE', 'ELECTED_REFERENT', 'EVALUATOR'] as const;

const SECTOR_MESSAGES = {
  EMPTY: 'Indiquez au moins un secteur CAD.',
  DUPLICATE: 'Un même secteur est indiqué deux fois.',
  OUT_OF_RANGE: 'Chaque pourcentage est compris entre 0 (exclu) et 100.',
} as const;

export const projectSectorSchema = z.object({
  sectorCode: z.string().trim().refine(isSectorCode, 'Secteur CAD inconnu (code à 5 chiffres de la liste OCDE).'),
  percentage: z
    .string()
    .trim()
    .transform((value) => value.replace(',', '.'))
    .refine((value) => /^\d{1,3}(\.\d{1,2})?$/.test(value), 'Pourcentage invalide (au plus deux décimales).'),
});

export const projectSdgSchema = z
  .object({
    goal: z.number().int().refine(isSdgGoal, 'ODD inconnu (1 à 17).'),
    target: z.string().trim().nullish().transform((value) => value || null),
  })
  .refine((value) => value.target === null || isSdgTargetOfGoal(value.goal, value.target), {
    path: ['target'],
    message: "Cette cible n'appartient pas à l'ODD choisi.",
  });

export const projectPlaceSchema = z.object({
  name: requiredText(2, 200),
  countryCode: countryCodeField,
  latitude: z.number().min(-90).max(90).nullish().transform((value) => value ?? null),
  longitude: z.number().min(-180).max(180).nullish().transform((value) => value ?? null),
});

export const projectOrganisationSchema = z.object({
  organisationId: z.uuid(),
  iatiRole: z.number().int().refine(isOrganisationRoleCode, 'Rôle IATI inconnu (1 à 4).'),
});

export const projectTeamMemberSchema = z.object({
  userId: z.uuid(),
  role: z.enum(TEAM_ROLES),
});

const DUPLICATE_MESSAGES = {
  sdgs: 'Cet ODD ou cette cible figure déjà plus haut.',
  organisations: 'Cette organisation figure déjà plus haut avec le même rôle.',
  team: 'Cette personne figure déjà plus haut pour la même fonction.',
} as const;

/** Positions of the rows that repeat an earlier row (same key): the first occurrence stays valid. */
function repeatedRows<T>(rows: readonly T[], key: (row: T) => string): number[] {
  const seen = new Set<string>();
  const repeated: number[] = [];
  rows.forEach((row, index) => {
    const value = key(row);
    if (seen.has(value)) repeated.push(index);
    seen.add(value);
  });
  return repeated;
}

export const projectSchema = z
  .object({
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9][A-Z0-9._-]{1,39}$/, 'Code de 2 à 40 caractères : lettres, chiffres, point, tiret.'),
    title: requiredText(3, 300),
    summary: optionalMultilineText(8000),
    engagementMode: z.enum(ENGAGEMENT_MODES),
    actionKind: z.enum(ACTION_KINDS),
    thematicDomains: z.array(z.enum(THEMATIC_DOMAINS)).max(22).default([]),
    sectors: z.array(projectSectorSchema).max(20),
    sdgs: z.array(projectSdgSchema).max(60).default([]),
    countryCodes: z.array(countryCodeField).min(1, 'Indiquez au moins un pays.').max(30),
    places: z.array(projectPlaceSchema).max(50).default([]),
    plannedStart: optionalIsoDate,
    plannedEnd: optionalIsoDate,
    actualStart: optionalIsoDate,
    actualEnd: optionalIsoDate,
    plannedBudget: optionalAmount,
    cooperationId: optionalUuid,
    organisations: z.array(projectOrganisationSchema).max(50).default([]),
    team: z.array(projectTeamMemberSchema).max(50).default([]),
    published: z.boolean().default(false),
  })
  .superRefine(endNotBeforeStart('plannedStart', 'plannedEnd'))
  .superRefine(endNotBeforeStart('actualStart', 'actualEnd'))
  .superRefine((project, context) => {
    const problem = sectorAllocationProblem(project.sectors);
    if (!problem) return;
    const message = problem.kind === 'NOT_100' ? `La somme des pourcentages des secteurs fait ${problem.total.replace('.', ',')} % au lieu de 100 %.` : SECTOR_MESSAGES[problem.kind];
    context.addIssue({ code: 'custom', path: ['sectors'], message });
  })
  .superRefine((project, context) => {
    if (new Set(project.countryCodes).size !== project.countryCodes.length) {
      context.addIssue({ code: 'custom', path: ['countryCodes'], message: 'Un même pays est indiqué deux fois.' });
    }
  })
  // The same organisation may hold several IATI roles and the same person several functions, never one twice.
  .superRefine((project, context) => {
    for (const index of repeatedRows(project.sdgs, (sdg) => `${sdg.goal}|${sdg.target ?? ''}`)) {
      const field = project.sdgs[index].target === null ? 'goal' : 'target';
      context.addIssue({ code: 'custom', path: ['sdgs', index, field], message: DUPLICATE_MESSAGES.sdgs });
    }
    for (const index of repeatedRows(project.organisations, (link) => `${link.organisationId}|${link.iatiRole}`)) {
      context.addIssue({ code: 'custom', path: ['organisations', index, 'organisationId'], message: DUPLICATE_MESSAGES.organisations });
    }
    for (const index of repeatedRows(project.team, (member) => `${member.userId}|${member.role}`)) {
      context.addIssue({ code: 'custom', path: ['team', index, 'userId'], message: DUPLICATE_MESSAGES.team });
    }
  });

export const changeProjectStatusSchema = z.object({
  projectId: z.uuid(),
  status: z.enum(PROJECT_STATUSES),
  overrideReason: optionalMultilineText(1000),
});

/** A participant's contribution for one budget year, in euros. */
export const yearAmountSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  amount: amountField,
});

/** Contributions per year: each year once. */
export const yearAmountsSchema = z
  .array(yearAmountSchema)
  .max(30)
  .nullish()
  .transform((value) => value ?? [])
  .superRefine((entries, context) => {
    const years = new Set<number>();
    entries.forEach((entry, index) => {
      if (years.has(entry.year)) context.addIssue({ code: 'custom', path: [index, 'year'], message: 'Cette année figure déjà.' });
      years.add(entry.year);
    });
  });

export const inviteToProjectSchema = z.object({
  projectId: z.uuid(),
  siren: z.string().trim().regex(/^\d{9}$/, 'SIREN à 9 chiffres.'),
  role: z.enum(['PARTNER', 'OBSERVER']),
  contributions: yearAmountsSchema,
});

export const respondToProjectInvitationSchema = z.object({
  participationId: z.uuid(),
  accept: z.boolean(),
  contributions: yearAmountsSchema,
});

/** Sets (amount) or removes (no amount) one year's contribution. */
export const participationContributionSchema = z.object({
  participationId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
  amount: optionalAmount,
});

export type ProjectValues = z.infer<typeof projectSchema>;
export type ChangeProjectStatusValues = z.infer<typeof changeProjectStatusSchema>;
export type InviteToProjectValues = z.infer<typeof inviteToProjectSchema>;
export type RespondToProjectInvitationValues = z.infer<typeof respondToProjectInvitationSchema>;
