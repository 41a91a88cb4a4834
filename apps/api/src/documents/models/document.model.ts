import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DocumentOwnerType } from '@passerelles/db/generated/prisma/enums';

export { DocumentOwnerType };

registerEnumType(DocumentOwnerType, {
  name: 'DocumentOwnerType',
  valuesMap: {
    CONVENTION: { description: 'Convention' },
    DELIBERATION: { description: 'Délibération' },
    PROJECT: { description: 'Projet' },
    COOPERATION: { description: 'Coopération' },
  },
});

@ObjectType({ description: 'Un document joint (le fichier se télécharge à /documents/{id}).' })
export class DocumentFile {
  @Field(() => ID)
  id: string;

  @Field(() => DocumentOwnerType)
  ownerType: DocumentOwnerType;

  @Field(() => ID)
  ownerId: string;

  @Field()
  fileName: string;

  @Field()
  contentType: string;

  @Field(() => Int)
  sizeBytes: number;

  @Field({ description: 'Empreinte SHA-256 du contenu.' })
  sha256: string;

  @Field()
  uploadedAt: Date;

  @Field({ description: 'Adresse de téléchargement (même origine que l’API).' })
  downloadPath: string;
}
