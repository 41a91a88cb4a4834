import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { z } from 'zod';
import { AnyMember, Roles } from '../auth/access.decorators';
import { validateWith } from '../validation/zod-validation.pipe';
import { DocumentService } from './document.service';
import { DocumentFile, DocumentOwnerType } from './models/document.model';

@Resolver(() => DocumentFile)
export class DocumentResolver {
  constructor(private readonly service: DocumentService) {}

  @AnyMember()
  @Query(() => [DocumentFile], { description: "Documents joints à une convention, une délibération, un projet ou une coopération." })
  documents(
    @Args('ownerType', { type: () => DocumentOwnerType }) ownerType: DocumentOwnerType,
    @Args('ownerId', { type: () => ID }, validateWith(z.uuid())) ownerId: string,
  ): Promise<DocumentFile[]> {
    return this.service.list(ownerType, ownerId);
  }

  @Roles('ADMIN', 'TECHNICIAN')
  @Mutation(() => Boolean)
  deleteDocument(@Args('id', { type: () => ID }, validateWith(z.uuid())) id: string): Promise<boolean> {
    return this.service.remove(id);
  }
}
