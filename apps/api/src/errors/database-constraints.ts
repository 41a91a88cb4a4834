import { ErrorCode } from '@passerelles/domain/domain-error';

/**
 * What a client is told when PostgreSQL refuses a row because of a named constraint. Validation should catch
 * these cases first; the database is the last guard (races, rules only the database sees), and when it speaks
 * the client still gets a coded French answer.
 */
export interface ConstraintAnswer {
  code: ErrorCode;
  reason: string;
  message: string;
  /** Input field the answer is about (same paths as the zod schemas: "code", "sdgs", "cooperationId"…). */
  field?: string;
  /** Shorter message shown beside the field; defaults to `message`. */
  fieldMessage?: string;
}

export type ConstraintRule =
  | { kind: 'answer'; answer: ConstraintAnswer }
  /** A foreign key answers differently when a row points to a missing parent and when a parent still in use is deleted. */
  | { kind: 'foreign-key'; missing: ConstraintAnswer; inUse: ConstraintAnswer }
  /** Only a bug can break it (server-generated ids, keys written by the server): it stays an internal error. */
  | { kind: 'bug'; why: string };

const answer = (code: ErrorCode, reason: string, message: string, field?: string, fieldMessage?: string): ConstraintRule => ({
  kind: 'answer',
  answer: { code, reason, message, ...(field ? { field } : {}), ...(fieldMessage ? { fieldMessage } : {}) },
});

const invalid = (reason: string, field: string, message: string): ConstraintRule => answer(ErrorCode.BadUserInput, reason, message, field);

const foreignKey = (missing: ConstraintAnswer, inUse: ConstraintAnswer): ConstraintRule => ({ kind: 'foreign-key', missing, inUse });

const unknownReference = (field: string, message: string): ConstraintAnswer => ({ code: ErrorCode.BadUserInput, reason: 'INVALID_REFERENCE', message, field });

const notFound = (what: string): ConstraintAnswer => ({ code: ErrorCode.NotFound, reason: 'NOT_FOUND', message: `${what} introuvable.` });

const stillUsed = (message: string): ConstraintAnswer => ({ code: ErrorCode.Conflict, reason: 'STILL_REFERENCED', message });

const bug = (why: string): ConstraintRule => ({ kind: 'bug', why });

/** Parent rows deleted in cascade with their children: "in use" cannot happen, deleting them deletes the children. */
const CASCADE = stillUsed('Cet élément est encore utilisé.');

const PROJECT_CHILD = foreignKey(notFound('Projet'), CASCADE);

/** Tables whose primary key is a server-generated uuid: a duplicate id is a bug, never the user's input. */
const SURROGATE_PRIMARY_KEYS = [
  'tenants',
  'users',
  'memberships',
  'invitations',
  'sessions',
  'audit_events',
  'email_deliveries',
  'service_revenues',
  'organisations',
  'organisation_contacts',
  'cooperations',
  'conventions',
  'convention_parties',
  'documents',
  'projects',
  'project_sdgs',
  'project_places',
  'project_organisations',
  'project_team_members',
  'project_participations',
  'project_status_changes',
  'deliberations',
  'deliberation_projects',
  'participation_contributions',
  'sign_up_requests',
  'password_resets',
] as const;

/**
 * Every constraint, unique index and constraint trigger of the schema, by name. A test reads them all from the
 * migrated database and fails when one is missing here: a migration that adds a constraint adds its entry.
 */
export const DATABASE_CONSTRAINTS: Readonly<Record<string, ConstraintRule>> = {
  ...Object.fromEntries(SURROGATE_PRIMARY_KEYS.map((table) => [`${table}_pkey`, bug('server-generated uuid')])),

  // Accounts and collectivités. Sign-up cannot see other collectivités (row-level security): this constraint is
  // how it learns that a SIREN is taken.
  tenants_siren_key: answer(
    ErrorCode.Conflict,
    'SIREN_TAKEN',
    "Cette collectivité est déjà inscrite sur Passerelles : demandez une invitation à l'un de ses administrateurs.",
    'siren',
    'Collectivité déjà inscrite.',
  ),
  // The slug ends with the SIREN: two collectivités share one only when they share the SIREN.
  tenants_slug_key: answer(
    ErrorCode.Conflict,
    'SIREN_TAKEN',
    "Cette collectivité est déjà inscrite sur Passerelles : demandez une invitation à l'un de ses administrateurs.",
    'siren',
    'Collectivité déjà inscrite.',
  ),
  users_email_key: answer(
    ErrorCode.Conflict,
    'EMAIL_TAKEN',
    'Un compte existe déjà avec cette adresse e-mail. Connectez-vous, ou utilisez une autre adresse.',
    'email',
    'Adresse déjà utilisée par un compte.',
  ),
  memberships_tenant_id_user_id_key: answer(ErrorCode.Conflict, 'ALREADY_MEMBER', 'Cette personne est déjà membre de la collectivité.', 'email', 'Déjà membre de la collectivité.'),
  memberships_tenant_id_fkey: bug('the tenant comes from the session'),
  memberships_user_id_fkey: bug('the user comes from the session or was just created'),
  invitations_tenant_id_fkey: bug('the tenant comes from the session'),
  invitations_tenant_id_token_hash_key: bug('256-bit random secret'),
  sessions_token_hash_key: bug('256-bit random secret'),
  sessions_user_id_fkey: bug('the user comes from the session'),
  sessions_current_tenant_id_fkey: foreignKey(notFound('Collectivité'), CASCADE),
  audit_events_tenant_id_fkey: bug('the tenant comes from the session'),
  email_deliveries_tenant_id_fkey: bug('the tenant comes from the session'),
  email_deliveries_tenant_id_idempotency_key_key: bug('idempotency keys are derived from rows created in the same transaction'),
  email_deliveries_account_idempotency_key_key: bug('account e-mails are keyed by the link they carry, written once'),
  // Sign-up requests and password resets: secrets are random (a collision is a bug), the person is the session's.
  sign_up_requests_token_hash_key: bug('256-bit random secrets'),
  password_resets_token_hash_key: bug('256-bit random secrets'),
  password_resets_user_id_fkey: foreignKey(notFound('Compte'), CASCADE),
  service_revenues_tenant_id_year_key: answer(
    ErrorCode.Conflict,
    'SERVICE_REVENUES_CHANGED',
    "Les recettes de cette année viennent d'être enregistrées par une autre personne : rechargez la page.",
    'year',
  ),
  service_revenues_year: invalid('YEAR_OUT_OF_RANGE', 'year', 'Année comprise entre 2000 et 2100.'),

  // Directory, coopérations and conventions
  organisations_tenant_id_id_key: bug('target of composite foreign keys; ids are unique already'),
  organisation_contacts_tenant_id_organisation_id_fkey: foreignKey(notFound('Organisation'), CASCADE),
  cooperations_tenant_id_id_key: bug('target of composite foreign keys; ids are unique already'),
  cooperations_tenant_id_partner_organisation_id_fkey: foreignKey(
    unknownReference('partnerOrganisationId', "Organisation partenaire inconnue dans l'annuaire de la collectivité."),
    stillUsed("Cette organisation est le partenaire d'une coopération : archivez-la plutôt."),
  ),
  conventions_tenant_id_id_key: bug('target of composite foreign keys; ids are unique already'),
  conventions_dates: invalid('END_BEFORE_START', 'endsOn', 'La date de fin précède la date de début.'),
  // Signing rules (loi Thiollière, CGCT L1115-1): checked by libs/domain/src/convention-signing.ts first.
  conventions_signature_matches_status: bug('the server signs and records the date together'),
  conventions_signed_with_forecast_commitment: invalid('FORECAST_COMMITMENT_REQUIRED', 'forecastCommitment', "L'engagement financier prévisionnel est requis pour signer (loi Thiollière)."),
  conventions_forecast_commitment_not_negative: invalid('NEGATIVE_AMOUNT', 'forecastCommitment', "L'engagement financier prévisionnel ne peut pas être négatif."),
  conventions_signature_before_transmission: invalid('TRANSMISSION_BEFORE_SIGNATURE', 'transmittedOn', 'La transmission au préfet ne peut pas précéder la signature.'),
  conventions_signature_not_after_end: invalid('SIGNED_AFTER_END', 'signedOn', 'Une convention ne se signe pas après sa date de fin.'),
  conventions_version_chain: bug('the server numbers versions from the previous one'),
  conventions_one_successor_per_version: answer(ErrorCode.Conflict, 'CONVENTION_ALREADY_FOLLOWED', 'Cette version a déjà un avenant ou un renouvellement : partez de la dernière version.'),
  conventions_tenant_id_cooperation_id_fkey: foreignKey(unknownReference('cooperationId', 'Coopération inconnue.'), stillUsed('Cette coopération porte des conventions.')),
  conventions_tenant_id_previous_version_id_fkey: foreignKey(notFound('Convention'), stillUsed('Une version plus récente de cette convention existe.')),
  convention_parties_tenant_id_convention_id_fkey: foreignKey(notFound('Convention'), CASCADE),
  convention_parties_tenant_id_organisation_id_fkey: foreignKey(
    unknownReference('parties', "Organisation inconnue dans l'annuaire de la collectivité."),
    stillUsed('Cette organisation est partie à une convention : archivez-la plutôt.'),
  ),

  // Projects
  projects_tenant_id_id_key: bug('target of composite foreign keys; ids are unique already'),
  projects_tenant_id_code_key: answer(ErrorCode.Conflict, 'PROJECT_CODE_TAKEN', 'Un projet de la collectivité porte déjà ce code.', 'code', 'Code déjà utilisé.'),
  projects_planned_dates: invalid('END_BEFORE_START', 'plannedEnd', 'La date de fin prévue précède la date de début prévue.'),
  projects_actual_dates: invalid('END_BEFORE_START', 'actualEnd', 'La date de fin réelle précède la date de début réelle.'),
  projects_tenant_id_cooperation_id_fkey: foreignKey(unknownReference('cooperationId', 'Coopération inconnue.'), stillUsed('Des projets relèvent de cette coopération.')),
  project_sectors_pkey: invalid('DUPLICATE_SECTOR', 'sectors', 'Un même secteur est indiqué deux fois.'),
  project_sectors_code_format: invalid('UNKNOWN_SECTOR', 'sectors', 'Secteur CAD inconnu (code à 5 chiffres de la liste OCDE).'),
  project_sectors_percentage_range: invalid('SECTOR_PERCENTAGE_OUT_OF_RANGE', 'sectors', 'Chaque pourcentage est compris entre 0 (exclu) et 100.'),
  project_sectors_sum_check: invalid('SECTORS_NOT_100', 'sectors', 'La somme des pourcentages des secteurs doit faire 100 %.'),
  project_sectors_tenant_id_project_id_fkey: PROJECT_CHILD,
  project_sdgs_tenant_id_project_id_goal_target_key: invalid('DUPLICATE_SDG', 'sdgs', 'Un même ODD ou une même cible est indiqué deux fois.'),
  project_sdgs_goal_range: invalid('UNKNOWN_SDG', 'sdgs', 'ODD inconnu (1 à 17).'),
  project_sdgs_tenant_id_project_id_fkey: PROJECT_CHILD,
  project_countries_pkey: invalid('DUPLICATE_COUNTRY', 'countryCodes', 'Un même pays est indiqué deux fois.'),
  project_countries_code_format: invalid('UNKNOWN_COUNTRY', 'countryCodes', 'Pays inconnu (code ISO 3166-1 attendu, par exemple BF).'),
  project_countries_tenant_id_project_id_fkey: PROJECT_CHILD,
  project_places_tenant_id_project_id_fkey: PROJECT_CHILD,
  project_organisations_tenant_id_project_id_organisation_id__key: invalid(
    'DUPLICATE_ORGANISATION',
    'organisations',
    'Une même organisation est indiquée deux fois avec le même rôle.',
  ),
  project_organisations_role_range: invalid('UNKNOWN_ORGANISATION_ROLE', 'organisations', 'Rôle IATI inconnu (1 à 4).'),
  project_organisations_tenant_id_project_id_fkey: PROJECT_CHILD,
  project_organisations_tenant_id_organisation_id_fkey: foreignKey(
    unknownReference('organisations', "Organisation inconnue dans l'annuaire de la collectivité."),
    stillUsed('Cette organisation participe à un projet : archivez-la plutôt.'),
  ),
  project_team_members_tenant_id_project_id_user_id_role_key: invalid('DUPLICATE_TEAM_MEMBER', 'team', 'Une même personne est indiquée deux fois pour la même fonction.'),
  project_team_members_project_id_fkey: PROJECT_CHILD,
  project_team_members_tenant_id_user_id_fkey: foreignKey(
    unknownReference('team', "Une personne de l'équipe n'est pas membre de la collectivité."),
    CASCADE,
  ),
  project_status_changes_tenant_id_project_id_fkey: PROJECT_CHILD,

  // Participations (mutualised projects): their shape is the server's; the workflow the database also guards.
  project_participations_one_open: answer(ErrorCode.Conflict, 'ALREADY_PARTICIPATING', 'Cette collectivité participe déjà à ce projet ou y est déjà invitée.', 'siren'),
  project_participations_one_lead: bug('the lead row is written once, with the project'),
  project_participations_lead_role: bug('the server writes LEAD rows for the lead only'),
  project_participations_parties_key: bug('contains the primary key'),
  project_participations_lead_project_fkey: foreignKey(notFound('Projet'), CASCADE),
  project_participations_immutable: bug('the server never moves a participation'),
  project_participations_status_workflow: answer(ErrorCode.Conflict, 'PARTICIPATION_NOT_ACTIVE', "Cette participation n'est plus en cours : son statut ne change plus."),
  project_participations_closed: answer(ErrorCode.Conflict, 'PARTICIPATION_NOT_ACTIVE', "Cette participation n'est plus en cours."),
  project_participations_lead_copies: bug('only the lead renames its project'),
  participation_contributions_tenant_id_participation_id_year_key: invalid('DUPLICATE_YEAR', 'contributions', 'Cette année figure déjà.'),
  participation_contributions_year: invalid('YEAR_OUT_OF_RANGE', 'year', 'Année entre 2000 et 2100.'),
  participation_contributions_amount: invalid('NEGATIVE_CONTRIBUTION', 'amount', 'La contribution ne peut pas être négative.'),
  participation_contributions_participation_fkey: foreignKey(notFound('Participation'), CASCADE),
  project_access_pkey: bug('kept by triggers, inserted with ON CONFLICT DO NOTHING'),
  project_access_project_fkey: foreignKey(notFound('Projet'), CASCADE),

  // Deliberations: numbered per year, several projects with an amount each, dates in order.
  deliberations_tenant_id_id_key: bug('contains the primary key'),
  deliberations_tenant_id_year_number_key: answer(
    ErrorCode.Conflict,
    'DELIBERATION_NUMBER_TAKEN',
    'Une délibération de la même année porte déjà ce numéro.',
    'number',
    'Numéro déjà utilisé cette année.',
  ),
  deliberations_year: invalid('YEAR_OUT_OF_RANGE', 'sessionDate', "L'année de la délibération doit être entre 2000 et 2100."),
  deliberations_vote_before_transmission: invalid('DELIBERATION_DATES_OUT_OF_ORDER', 'date', 'La date de transmission au préfet ne peut pas précéder la date du vote.'),
  deliberations_transmission_before_executory: invalid('DELIBERATION_DATES_OUT_OF_ORDER', 'date', 'La date du caractère exécutoire ne peut pas précéder la transmission au préfet.'),
  deliberations_vote_before_executory: invalid('DELIBERATION_DATES_OUT_OF_ORDER', 'date', 'La date du caractère exécutoire ne peut pas précéder la date du vote.'),
  deliberations_executory_before_end: invalid('DELIBERATION_DATES_OUT_OF_ORDER', 'date', 'La date de fin ne peut pas précéder la date du caractère exécutoire.'),
  deliberations_tenant_id_convention_id_fkey: foreignKey(unknownReference('conventionId', 'Convention inconnue.'), stillUsed('Une délibération se rapporte à cette convention.')),
  deliberation_projects_tenant_id_deliberation_id_project_id_key: invalid('DUPLICATE_PROJECT', 'projects', 'Ce projet figure déjà dans la délibération.'),
  deliberation_projects_amount: invalid('NEGATIVE_AMOUNT', 'projects', 'Le montant ne peut pas être négatif.'),
  deliberation_projects_deliberation_fkey: foreignKey(notFound('Délibération'), CASCADE),
  deliberation_projects_project_fkey: foreignKey(
    unknownReference('projects', 'Projet inconnu parmi ceux que la collectivité finance.'),
    stillUsed('Une délibération couvre ce projet : annulez-le plutôt que de le supprimer.'),
  ),

  // Documents: one owner each, visible where it is; shared with a project's participants by the lead.
  documents_tenant_id_id_key: bug('contains the primary key'),
  documents_owner: bug('the server sets the owner columns from the owner type'),
  documents_project_fkey: foreignKey(notFound('Projet'), stillUsed('Des documents sont joints à ce projet : annulez-le plutôt que de le supprimer.')),
  documents_deliberation_fkey: foreignKey(notFound('Délibération'), stillUsed('Des documents sont joints à cette délibération.')),
  documents_convention_fkey: foreignKey(notFound('Convention'), stillUsed('Des documents sont joints à cette convention.')),
  documents_cooperation_fkey: foreignKey(notFound('Coopération'), stillUsed('Des documents sont joints à cette coopération.')),
  conventions_tenant_id_id_cooperation_id_key: bug('contains the primary key'),
  project_shared_documents_pkey: bug('shared with ON CONFLICT (upsert)'),
  project_shared_documents_project_fkey: foreignKey(notFound('Projet'), CASCADE),
  project_shared_documents_document_fkey: foreignKey(notFound('Document'), CASCADE),
};
