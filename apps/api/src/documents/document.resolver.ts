import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { z } from 'zod';
import { AnyMember, Roles } from '../auth/access.decorators';
import { validateWith } from '../validation/zod-validation.pipe';
import { DocumentService } from './document.service';
import { DocumentFile, DocumentOwnerType, DocumentUploadRules } from './models/document.model';
import { ACCEPTED_EXTENSIONS } from './accepted-file-types';
import { ApiConfig } from '../config/api-config';
import { currentTenantContext } from '@passerelles/db/tenant-context';
import { EDITOR_ROLES, canEdit } from '@passerelles/domain/member-role';

@Resolver(() => DocumentFile)
export class DocumentResolver {
  constructor(
    private readonly service: DocumentService,
    private readonly config: ApiConfig,
  ) {}

  @AnyMember()
  @Query(() => [DocumentFile], { description: "Documents joints à une convention, une délibération, un projet ou une coopération." })
  documents(
    @Args('ownerType', { type: () => DocumentOwnerType }) ownerType: DocumentOwnerType,
    @Args('ownerId', { type: () => ID }, validateWith(z.uuid())) ownerId: string,
  ): Promise<DocumentFile[]> {
    return this.service.list(ownerType, ownerId);
  }

  @AnyMember()
  @Query(() => [DocumentFile], { description: 'Documents que la collectivité chef de file partage avec les participants du projet.' })
  sharedDocuments(@Args('projectId', { type: () => ID }, validateWith(z.uuid())) projectId: string): Promise<DocumentFile[]> {
    return this.service.listShared(projectId);
  }

  @AnyMember()
  @Query(() => DocumentUploadRules, { description: 'Formats et taille acceptés pour les pièces jointes.' })
  documentUploadRules(): DocumentUploadRules {
    return { acceptedExtensions: [...ACCEPTED_EXTENSIONS], maxSizeBytes: this.config.maxUploadBytes, canUpload: canEdit(currentTenantContext().role) };
  }

  @Roles(...EDITOR_ROLES)
  @Mutation(() => Boolean)
  deleteDocument(@Args('id', { type: () => ID }, validateWith(z.uuid())) id: string): Promise<boolean> {
    return this.service.remove(id);
  }

  @Roles(...EDITOR_ROLES)
  @Mutation(() => DocumentFile, { description: 'Partage (ou cesse de partager) un document avec les collectivités participant au projet.' })
  shareDocumentWithProject(
    @Args('documentId', { type: () => ID }, validateWith(z.uuid())) documentId: string,
    @Args('projectId', { type: () => ID }, validateWith(z.uuid())) projectId: string,
    @Args('shared', { type: () => Boolean }) shared: boolean,
  ): Promise<DocumentFile> {
    return this.service.setSharing(documentId, projectId, shared);
  }
}
