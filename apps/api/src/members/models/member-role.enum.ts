import { registerEnumType } from '@nestjs/graphql';
import { MemberRole } from '@passerelles/db/generated/prisma/enums';

export { MemberRole };

registerEnumType(MemberRole, {
  name: 'MemberRole',
  description: "Rôle d'une personne dans une collectivité.",
  valuesMap: {
    ADMIN: { description: 'Administrateur·rice : membres, paramètres, annuaire' },
    TECHNICIAN: { description: 'Chargé·e de mission : saisit le suivi des projets' },
    ELECTED_REFERENT: { description: 'Élu·e référent·e : consulte les tableaux de bord' },
    EVALUATOR: { description: 'Évaluateur·rice : évalue les projets assignés' },
  },
});
