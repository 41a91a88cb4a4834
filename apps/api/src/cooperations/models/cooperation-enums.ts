import { registerEnumType } from '@nestjs/graphql';
import { ConventionKind, ConventionStatus, CooperationStatus } from '@passerelles/db/generated/prisma/enums';

export { ConventionKind, ConventionStatus, CooperationStatus };

export enum ConventionValidityState {
  NOT_SIGNED = 'NOT_SIGNED',
  NOT_STARTED = 'NOT_STARTED',
  ACTIVE = 'ACTIVE',
  EXPIRING_SOON = 'EXPIRING_SOON',
  EXPIRED = 'EXPIRED',
  TERMINATED = 'TERMINATED',
}

registerEnumType(CooperationStatus, {
  name: 'CooperationStatus',
  valuesMap: { ACTIVE: { description: 'Active' }, SUSPENDED: { description: 'Suspendue' }, ENDED: { description: 'Terminée' } },
});
registerEnumType(ConventionKind, {
  name: 'ConventionKind',
  valuesMap: { INITIAL: { description: 'Convention initiale' }, AMENDMENT: { description: 'Avenant' }, RENEWAL: { description: 'Renouvellement' } },
});
registerEnumType(ConventionStatus, {
  name: 'ConventionStatus',
  valuesMap: { DRAFT: { description: 'Projet (non signée)' }, SIGNED: { description: 'Signée' }, TERMINATED: { description: 'Résiliée' } },
});
registerEnumType(ConventionValidityState, {
  name: 'ConventionValidityState',
  description: "Validité d'une convention à la date du jour (pastille d'échéance).",
  valuesMap: {
    NOT_SIGNED: { description: 'Non signée' },
    NOT_STARTED: { description: 'Signée, pas encore en vigueur' },
    ACTIVE: { description: 'En vigueur' },
    EXPIRING_SOON: { description: 'Expire dans 90 jours ou moins' },
    EXPIRED: { description: 'Expirée' },
    TERMINATED: { description: 'Résiliée' },
  },
});
