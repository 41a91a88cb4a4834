import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import type { DocumentOwnerType } from '@passerelles/db/generated/prisma/enums';
import { currentTenantContext } from '@passerelles/db/tenant-context';
import { AuditTrail } from '../audit/audit-trail.service';
import { ApiConfig } from '../config/api-config';
import { ForbiddenError, NotFoundError } from '../errors/common.errors';
import { canEdit } from '@passerelles/domain/member-role';
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
    const { tenantId, userId, role } = currentTenantContext();
    const fileName = cleanFileName(file.fileName);
    if (file.content.length === 0) throw new DocumentRejectedError('Le fichier est vide.', 'EMPTY_FILE');
    if (file.content.length > this.config.maxUploadBytes) {
      throw new DocumentRejectedError(`Le fichier dépasse ${Math.round(this.config.maxUploadBytes / 1048576)} Mo.`, 'FILE_TOO_LARGE');
    }
    const contentType = acceptedContentType(fileName, file.content.subarray(0, 16));
    if (!contentType) {
      throw new DocumentRejectedError(`Format non accepté. Formats acceptés : ${ACCEPTED_EXTENSIONS.join(', ')}.`, 'FILE_TYPE_REFUSED');
    }
    if (!canEdit(role)) throw new ForbiddenError();
    const id = randomUUID();
    const storageKey = `${tenantId}/${id}`;
    const owner = await this.database.tenantTransaction(() => this.documents.ownerColumns(tenantId, ownerType, ownerId));
    if (!owner) throw new NotFoundError('Élément auquel joindre le document');
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
          ...owner,
        });
        await this.audit.record({ entity: 'Document', entityId: id, action: 'UPLOAD', after: created, projectId: owner.projectId });
        return toDocumentFile(created);
      });
    } catch (error) {
      await this.storage.remove(storageKey).catch((removal: unknown) => this.logger.warn(`orphan file ${storageKey}: ${String(removal)}`));
      throw error;
    }
  }

  list(ownerType: DocumentOwnerType, ownerId: string): Promise<DocumentFile[]> {
    return this.database.tenantTransaction(async () => (await this.documents.listFor(currentTenantContext().tenantId, ownerType, ownerId)).map(toDocumentFile));
  }

  /** What the lead shares with a project's participants: the participants read and download these. */
  listShared(projectId: string): Promise<DocumentFile[]> {
    return this.database.tenantTransaction(async () => (await this.documents.listSharedWith(projectId)).map(toDocumentFile));
  }

  /**
   * The lead shares one of its documents with the participants of one of its projects (or stops sharing it): the
   * project's own files, its deliberations', or those of the coopération (and its conventions) it belongs to.
   */
  setSharing(documentId: string, projectId: string, shared: boolean): Promise<DocumentFile> {
    const { tenantId, userId, role } = currentTenantContext();
    if (!canEdit(role)) throw new ForbiddenError();
    return this.database.tenantTransaction(async () => {
      const document = await this.documents.findById(documentId);
      if (!document || document.tenantId !== tenantId) throw new NotFoundError('Document');
      const project = await this.documents.findOwnProject(tenantId, projectId);
      if (!project) throw new NotFoundError('Projet');
      const related =
        document.projectId === project.id ||
        (document.cooperationId !== null && document.cooperationId === project.cooperationId) ||
        (document.deliberationId !== null && (await this.documents.deliberationCoversProject(document.deliberationId, project.id)));
      if (!related) throw new DocumentRejectedError('Ce document ne concerne pas ce projet : il ne peut pas être partagé avec ses participants.', 'DOCUMENT_NOT_RELATED');
      if (shared) await this.documents.share(tenantId, project.id, document.id, userId);
      else await this.documents.unshare(tenantId, project.id, document.id);
      await this.audit.record({ entity: 'Document', entityId: document.id, action: shared ? 'SHARE' : 'UNSHARE', after: { fileName: document.fileName, projectId: project.id }, projectId: project.id });
      const after = await this.documents.findById(document.id);
      return toDocumentFile(after!);
    });
  }

  async open(id: string): Promise<{ document: DocumentFile; content: Readable }> {
    const row = await this.database.tenantTransaction(() => this.documents.findById(id));
    if (!row) throw new NotFoundError('Document');
    return { document: toDocumentFile(row), content: await this.storage.read(row.storageKey) };
  }

  async remove(id: string): Promise<boolean> {
    const row = await this.database.tenantTransaction(async () => {
      const existing = await this.documents.findById(id);
      if (!existing || existing.tenantId !== currentTenantContext().tenantId) throw new NotFoundError('Document');
      if (!canEdit(currentTenantContext().role)) throw new ForbiddenError();
      await this.documents.delete(id);
      await this.audit.record({ entity: 'Document', entityId: id, action: 'DELETE', before: existing, projectId: existing.projectId });
      return existing;
    });
    await this.storage.remove(row.storageKey);
    return true;
  }
}

function toDocumentFile(row: DocumentRow): DocumentFile {
  const { tenantId, role } = currentTenantContext();
  const own = row.tenantId === tenantId;
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
    sharedWithProjectIds: own ? row.sharedWith.map((share) => share.projectId) : [],
    ownCollectivity: own,
    canDelete: own && canEdit(role),
    canShare: own && canEdit(role),
  };
}
