import { registerEnumType } from '@nestjs/graphql';
import {
  ActionKind,
  EngagementMode,
  ParticipationRole,
  ParticipationStatus,
  ProjectStatus,
  TeamRole,
} from '@passerelles/db/generated/prisma/enums';

export { ActionKind, EngagementMode, ParticipationRole, ParticipationStatus, ProjectStatus, TeamRole };

export enum ProjectSortField {
  UPDATED_AT = 'UPDATED_AT',
  CODE = 'CODE',
  TITLE = 'TITLE',
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

/** Which projects of the list: the collectivité's own, those shared with it, or both. */
export enum ProjectScope {
  ALL = 'ALL',
  OWN = 'OWN',
  SHARED = 'SHARED',
}

export enum CoverageState {
  NO_PLANNED_SPENDING = 'NO_PLANNED_SPENDING',
  COVERED = 'COVERED',
  PARTIAL = 'PARTIAL',
  UNCOVERED = 'UNCOVERED',
}

registerEnumType(EngagementMode, {
  name: 'EngagementMode',
  description: "Mode d'engagement de la collectivité.",
  valuesMap: {
    DIRECT: { description: 'Action directe' },
    MUTUALISED: { description: 'Action mutualisée avec d’autres collectivités' },
    INDIRECT: { description: 'Action indirecte (via un opérateur)' },
    SUPPORT_TO_ACTORS: { description: 'Soutien aux acteurs du territoire' },
  },
});
registerEnumType(ActionKind, {
  name: 'ActionKind',
  valuesMap: {
    DECENTRALISED_COOPERATION: { description: 'Coopération décentralisée' },
    TWINNING: { description: 'Jumelage' },
    HUMANITARIAN_EMERGENCY: { description: 'Urgence humanitaire' },
    SUPPORT_TO_LOCAL_ACTORS: { description: 'Soutien aux acteurs locaux' },
    CITIZENSHIP_EDUCATION: { description: 'Éducation à la citoyenneté et à la solidarité internationale (ECSI)' },
    YOUTH_MOBILITY: { description: 'Mobilité des jeunes' },
  },
});
registerEnumType(ProjectStatus, {
  name: 'ProjectStatus',
  valuesMap: {
    IDENTIFICATION: { description: 'Identification' },
    DIAGNOSTIC: { description: 'Diagnostic' },
    PROGRAMMED: { description: 'Programmé' },
    IN_PROGRESS: { description: 'En cours' },
    CLOSING: { description: 'En clôture' },
    CLOSED: { description: 'Clôturé' },
    EVALUATED: { description: 'Évalué' },
    SUSPENDED: { description: 'Suspendu' },
    CANCELLED: { description: 'Annulé' },
  },
});
registerEnumType(TeamRole, {
  name: 'TeamRole',
  valuesMap: {
    TECHNICIAN_IN_CHARGE: { description: 'Chargé·e de mission responsable' },
    ELECTED_REFERENT: { description: 'Élu·e référent·e' },
    EVALUATOR: { description: 'Évaluateur·rice' },
  },
});
registerEnumType(ParticipationRole, {
  name: 'ParticipationRole',
  valuesMap: {
    LEAD: { description: 'Chef de file' },
    PARTNER: { description: 'Partenaire' },
    OBSERVER: { description: 'Observateur (lecture seule)' },
  },
});
registerEnumType(ParticipationStatus, {
  name: 'ParticipationStatus',
  valuesMap: {
    INVITED: { description: 'Invitée' },
    ACTIVE: { description: 'Active' },
    DECLINED: { description: 'Déclinée' },
    REVOKED: { description: 'Retirée par le chef de file' },
    LEFT: { description: 'Quittée' },
  },
});
registerEnumType(ProjectSortField, { name: 'ProjectSortField' });
registerEnumType(SortDirection, { name: 'SortDirection' });
registerEnumType(ProjectScope, { name: 'ProjectScope' });
registerEnumType(CoverageState, {
  name: 'CoverageState',
  description: 'Couverture des dépenses prévues par des délibérations exécutoires.',
  valuesMap: {
    NO_PLANNED_SPENDING: { description: 'Aucune dépense prévue' },
    COVERED: { description: 'Couvertes' },
    PARTIAL: { description: 'Partiellement couvertes' },
    UNCOVERED: { description: 'Non couvertes' },
  },
});
