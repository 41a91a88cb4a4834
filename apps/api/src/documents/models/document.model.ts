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

  @Field(() => [ID], { description: 'Projets dont les participants reçoivent ce document (collectivité propriétaire seulement).' })
  sharedWithProjectIds: string[];

  @Field({ description: 'Vrai si le document appartient à la collectivité courante (faux : partagé par le chef de file).' })
  ownCollectivity: boolean;

  @Field({ description: 'Vrai si la personne connectée peut supprimer ce document.' })
  canDelete: boolean;

  @Field({ description: 'Vrai si la personne connectée peut partager ce document avec les participants d’un projet.' })
  canShare: boolean;
}

@ObjectType({ description: 'Ce que le serveur accepte comme pièce jointe.' })
export class DocumentUploadRules {
  @Field(() => [String], { description: 'Extensions acceptées, sans le point (pdf, docx…).' })
  acceptedExtensions: string[];

  @Field(() => Int, { description: 'Taille maximale, en octets.' })
  maxSizeBytes: number;

  @Field({ description: 'Vrai si la personne connectée peut joindre des documents.' })
  canUpload: boolean;
}
