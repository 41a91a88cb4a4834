import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import type { DocumentOwnerType } from '@passerelles/db/generated/prisma/enums';

/** The owner columns of a document: exactly the one its owner type names (a convention's coopération too). */
export interface DocumentOwnerColumns {
  projectId: string | null;
  deliberationId: string | null;
  conventionId: string | null;
  cooperationId: string | null;
}

const WITH_SHARING = { sharedWith: { select: { projectId: true } } } as const;

@Injectable()
export class DocumentRepository {
  constructor(private readonly database: Database) {}

  create(data: { id: string; tenantId: string; ownerType: DocumentOwnerType; ownerId: string; fileName: string; contentType: string; sizeBytes: number; sha256: string; storageKey: string; uploadedBy: string | null } & DocumentOwnerColumns) {
    return this.database.tx().document.create({ data, include: WITH_SHARING });
  }

  findById(id: string) {
    return this.database.tx().document.findUnique({ where: { id }, include: WITH_SHARING });
  }

  /** The collectivité's own files attached to one of its objects (shared ones are listed by `listSharedWith`). */
  listFor(tenantId: string, ownerType: DocumentOwnerType, ownerId: string) {
    return this.database.tx().document.findMany({ where: { tenantId, ownerType, ownerId }, orderBy: { createdAt: 'desc' }, include: WITH_SHARING });
  }

  /** Documents the lead shares with a project's participants (RLS: the reader sees that project). */
  listSharedWith(projectId: string) {
    return this.database.tx().document.findMany({ where: { sharedWith: { some: { projectId } } }, orderBy: { createdAt: 'desc' }, include: WITH_SHARING });
  }

  async delete(id: string): Promise<void> {
    await this.database.tx().document.delete({ where: { id } });
  }

  async share(tenantId: string, projectId: string, documentId: string, sharedById: string | null): Promise<void> {
    await this.database.tx().projectSharedDocument.upsert({
      where: { tenantId_projectId_documentId: { tenantId, projectId, documentId } },
      create: { tenantId, projectId, documentId, sharedById },
      update: {},
    });
  }

  async unshare(tenantId: string, projectId: string, documentId: string): Promise<void> {
    await this.database.tx().projectSharedDocument.deleteMany({ where: { tenantId, projectId, documentId } });
  }

  /**
   * The owner columns, when the owner is this collectivité's own and visible (a partner does not attach files to
   * the lead's project); null otherwise.
   */
  async ownerColumns(tenantId: string, ownerType: DocumentOwnerType, ownerId: string): Promise<DocumentOwnerColumns | null> {
    const tx = this.database.tx();
    const none = { projectId: null, deliberationId: null, conventionId: null, cooperationId: null };
    switch (ownerType) {
      case 'CONVENTION': {
        const convention = await tx.convention.findFirst({ where: { id: ownerId, tenantId }, select: { cooperationId: true } });
        return convention ? { ...none, conventionId: ownerId, cooperationId: convention.cooperationId } : null;
      }
      case 'DELIBERATION':
        return (await tx.deliberation.count({ where: { id: ownerId, tenantId } })) > 0 ? { ...none, deliberationId: ownerId } : null;
      case 'COOPERATION':
        return (await tx.cooperation.count({ where: { id: ownerId, tenantId } })) > 0 ? { ...none, cooperationId: ownerId } : null;
      case 'PROJECT':
        return (await tx.project.count({ where: { id: ownerId, tenantId } })) > 0 ? { ...none, projectId: ownerId } : null;
    }
  }

  /** The lead's own project, with its coopération (to check what may be shared with its participants). */
  findOwnProject(tenantId: string, projectId: string) {
    return this.database.tx().project.findFirst({ where: { id: projectId, tenantId }, select: { id: true, cooperationId: true } });
  }

  async deliberationCoversProject(deliberationId: string, projectId: string): Promise<boolean> {
    return (await this.database.tx().deliberationProject.count({ where: { deliberationId, projectId } })) > 0;
  }
}
