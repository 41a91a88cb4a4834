import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AnyMember, Roles } from '../auth/access.decorators';
import { InputValidationError } from '../errors/common.errors';
import { DocumentRejectedError } from './document.errors';
import { DocumentService } from './document.service';
import { DocumentOwnerType, type DocumentFile } from './models/document.model';

const uploadFieldsSchema = z.object({ ownerType: z.enum(DocumentOwnerType), ownerId: z.uuid() });

/** Files travel over plain HTTP (multipart up, a stream down); their metadata over GraphQL. */
@Controller('documents')
export class DocumentController {
  constructor(private readonly documents: DocumentService) {}

  @Roles('ADMIN', 'TECHNICIAN')
  @Post()
  async upload(@Req() request: FastifyRequest): Promise<DocumentFile> {
    if (!request.isMultipart()) throw new DocumentRejectedError('Envoyez le fichier en multipart/form-data.', 'NOT_MULTIPART');
    const part = await request.file();
    if (!part) throw new DocumentRejectedError('Aucun fichier reçu.', 'NO_FILE');
    const content = await part.toBuffer().catch(() => {
      throw new DocumentRejectedError('Le fichier dépasse la taille autorisée.', 'FILE_TOO_LARGE');
    });
    const fields = uploadFieldsSchema.safeParse({ ownerType: fieldValue(part.fields.ownerType), ownerId: fieldValue(part.fields.ownerId) });
    if (!fields.success) {
      throw new InputValidationError(fields.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })));
    }
    return this.documents.upload(fields.data.ownerType, fields.data.ownerId, { fileName: part.filename, content });
  }

  @AnyMember()
  @Get(':id')
  async download(@Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    if (!z.uuid().safeParse(id).success) throw new InputValidationError([{ field: 'id', message: 'Identifiant invalide.' }]);
    const { document, content } = await this.documents.open(id);
    await reply
      .header('content-type', document.contentType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`)
      .header('cache-control', 'private, no-store')
      .send(content);
  }
}

function fieldValue(field: unknown): unknown {
  const single = Array.isArray(field) ? field[0] : field;
  return single && typeof single === 'object' && 'value' in single ? (single as { value: unknown }).value : undefined;
}
