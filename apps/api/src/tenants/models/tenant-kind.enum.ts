import { registerEnumType } from '@nestjs/graphql';
import { TenantKind } from '@passerelles/db/generated/prisma/enums';

export { TenantKind };

registerEnumType(TenantKind, {
  name: 'TenantKind',
  description: 'Nature de la collectivité.',
  valuesMap: {
    COMMUNE: { description: 'Commune' },
    INTERCOMMUNALITE: { description: 'Intercommunalité (EPCI)' },
    DEPARTEMENT: { description: 'Département' },
    REGION: { description: 'Région' },
    SYNDICAT: { description: 'Syndicat (mixte, intercommunal)' },
    COLLECTIVITE_UNIQUE: { description: 'Collectivité à statut particulier (Corse, Martinique, Guyane…)' },
  },
});
