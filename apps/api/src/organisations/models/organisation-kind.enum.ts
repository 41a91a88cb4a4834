import { registerEnumType } from '@nestjs/graphql';
import { OrganisationKind } from '@passerelles/db/generated/prisma/enums';

export { OrganisationKind };

registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: "Nature d'une organisation de l'annuaire.",
  valuesMap: {
    FOREIGN_LOCAL_AUTHORITY: { description: 'Collectivité locale étrangère' },
    NGO: { description: 'ONG, association de solidarité internationale' },
    OPERATOR: { description: "Opérateur (agence d'urbanisme, bureau d'études, comité de jumelage…)" },
    COFINANCER: { description: 'Cofinanceur (MEAE-DCTCIV, AFD, agence de l’eau, région, UE, fondation…)' },
    SCHOOL: { description: 'Établissement scolaire' },
    UNIVERSITY: { description: 'Université' },
    COMPANY: { description: 'Entreprise' },
    OTHER: { description: 'Autre' },
  },
});
