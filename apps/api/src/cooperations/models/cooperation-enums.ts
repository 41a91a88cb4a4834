import { registerEnumType } from '@nestjs/graphql';
import { ConventionKind, ConventionStatus, CooperationStatus } from '@passerelles/db/generated/prisma/enums';

export { ConventionKind, ConventionStatus, CooperationStatus };

export enum ConventionValidityState {
  NOT_SIGNED = 'NOT_SIGNED',
  NOT_TRANSMITTED = 'NOT_TRANSMITTED',
  NOT_STARTED = 'NOT_STARTED',
  ACTIVE = 'ACTIVE',
  EXPIRING_SOON = 'EXPIRING_SOON',
  EXPIRED = 'EXPIRED',
  SUPERSEDED = 'SUPERSEDED',
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
    NOT_TRANSMITTED: { description: "Signée, pas encore transmise au préfet : elle n'est pas en vigueur" },
    NOT_STARTED: { description: 'Signée et transmise, pas encore commencée' },
    ACTIVE: { description: 'En vigueur' },
    EXPIRING_SOON: { description: 'En vigueur, expire dans 90 jours ou moins' },
    EXPIRED: { description: 'Expirée' },
    SUPERSEDED: { description: 'Remplacée par un avenant ou un renouvellement signé' },
    TERMINATED: { description: 'Résiliée' },
  },
});
