import { registerEnumType } from '@nestjs/graphql';
import { InvitationStatus } from '@passerelles/db/generated/prisma/enums';

export { InvitationStatus };

registerEnumType(InvitationStatus, {
  name: 'InvitationStatus',
  valuesMap: {
    PENDING: { description: 'En attente' },
    ACCEPTED: { description: 'Acceptée' },
    REVOKED: { description: 'Annulée' },
  },
});
