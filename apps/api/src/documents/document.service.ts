import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import type { DocumentOwnerType } from '@passerelles/db/generated/prisma/enums';
import { currentTenantContext } from '@passerelles/db/tenant-context';
import { AuditTrail } from '../audit/audit-trail.service';
import { ApiConfig } from '../config/api-config';
import { NotFoundError } from '../errors/common.errors';
import { ACCEPTED_EXTENSIONS, acceptedContentType, cleanFileName } from './accepted-file-types';
import { DocumentRejectedError } from './document.errors';
import { DocumentRepository } from './document.repository';
import { DocumentStorage } from './document-storage';
import type { DocumentFile } from './models/document.model';

type DocumentRow = NonNullable<Awaited<ReturnType<DocumentRepository['findById']>>>;

export interface UploadedFile {
  fileName: string;
  content: Buffer;
}

@Injectable()
export class DocumentService {
  private readonly logger = new Logger(DocumentService.name);

  constructor(
    private readonly database: Database,
    private readonly documents: DocumentRepository,
    private readonly storage: DocumentStorage,
    private readonly audit: AuditTrail,
    private readonly config: ApiConfig,
  ) {}

  /** The bytes are stored first, then the metadata in a transaction; if that fails, the bytes are removed. */
  async upload(ownerType: DocumentOwnerType, ownerId: string, file: UploadedFile): Promise<DocumentFile> {
    const { tenantId, userId } = currentTenantContext();
    const fileName = cleanFileName(file.fileName);
    if (file.content.length === 0) throw new DocumentRejectedError('Le fichier est vide.', 'EMPTY_FILE');
    if (file.content.length > this.config.maxUploadBytes) {
      throw new DocumentRejectedError(`Le fichier dépasse ${Math.round(this.config.maxUploadBytes / 1048576)} Mo.`, 'FILE_TOO_LARGE');
    }
    const contentType = acceptedContentType(fileName, file.content.subarray(0, 16));
    if (!contentType) {
      throw new DocumentRejectedError(`Format non accepté. Formats acceptés : ${ACCEPTED_EXTENSIONS.join(', ')}.`, 'FILE_TYPE_REFUSED');
    }
    const id = randomUUID();
    const storageKey = `${tenantId}/${id}`;
    await this.database.tenantTransaction(async () => {
      if (!(await this.documents.ownerExists(tenantId, ownerType, ownerId))) throw new NotFoundError('Élément auquel joindre le document');
    });
    await this.storage.put(storageKey, file.content);
    try {
      return await this.database.tenantTransaction(async () => {
        const created = await this.documents.create({
          id,
          tenantId,
          ownerType,
          ownerId,
          fileName,
          contentType,
          sizeBytes: file.content.length,
          sha256: createHash('sha256').update(file.content).digest('hex'),
          storageKey,
          uploadedBy: userId,
        });
        await this.audit.record({ entity: 'Document', entityId: id, action: 'UPLOAD', after: created });
        return toDocumentFile(created);
      });
    } catch (error) {
      await this.storage.remove(storageKey).catch((removal: unknown) => this.logger.warn(`orphan file ${storageKey}: ${String(removal)}`));
      throw error;
    }
  }

  list(ownerType: DocumentOwnerType, ownerId: string): Promise<DocumentFile[]> {
    return this.database.tenantTransaction(async () => (await this.documents.listFor(ownerType, ownerId)).map(toDocumentFile));
  }

  async open(id: string): Promise<{ document: DocumentFile; content: Readable }> {
    const row = await this.database.tenantTransaction(() => this.documents.findById(id));
    if (!row) throw new NotFoundError('Document');
    return { document: toDocumentFile(row), content: await this.storage.read(row.storageKey) };
  }

  async remove(id: string): Promise<boolean> {
    const row = await this.database.tenantTransaction(async () => {
      const existing = await this.documents.findById(id);
      if (!existing) throw new NotFoundError('Document');
      await this.documents.delete(id);
      await this.audit.record({ entity: 'Document', entityId: id, action: 'DELETE', before: existing });
      return existing;
    });
    await this.storage.remove(row.storageKey);
    return true;
  }
}

function toDocumentFile(row: DocumentRow): DocumentFile {
  return {
    id: row.id,
    ownerType: row.ownerType,
    ownerId: row.ownerId,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    uploadedAt: row.createdAt,
    downloadPath: `/documents/${row.id}`,
  };
}
