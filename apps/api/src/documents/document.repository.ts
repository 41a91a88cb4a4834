import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import type { DocumentOwnerType } from '@passerelles/db/generated/prisma/enums';

@Injectable()
export class DocumentRepository {
  constructor(private readonly database: Database) {}

  create(data: { id: string; tenantId: string; ownerType: DocumentOwnerType; ownerId: string; fileName: string; contentType: string; sizeBytes: number; sha256: string; storageKey: string; uploadedBy: string | null }) {
    return this.database.tx().document.create({ data });
  }

  findById(id: string) {
    return this.database.tx().document.findUnique({ where: { id } });
  }

  listFor(ownerType: DocumentOwnerType, ownerId: string) {
    return this.database.tx().document.findMany({ where: { ownerType, ownerId }, orderBy: { createdAt: 'desc' } });
  }

  async delete(id: string): Promise<void> {
    await this.database.tx().document.delete({ where: { id } });
  }

  /** The owner must be this collectivité's own (a partner does not attach files to the lead's project). */
  async ownerExists(tenantId: string, ownerType: DocumentOwnerType, ownerId: string): Promise<boolean> {
    const tx = this.database.tx();
    switch (ownerType) {
      case 'CONVENTION':
        return (await tx.convention.count({ where: { id: ownerId } })) > 0;
      case 'DELIBERATION':
        return (await tx.deliberation.count({ where: { id: ownerId } })) > 0;
      case 'COOPERATION':
        return (await tx.cooperation.count({ where: { id: ownerId } })) > 0;
      case 'PROJECT':
        return (await tx.project.count({ where: { id: ownerId, tenantId } })) > 0;
    }
  }
}
