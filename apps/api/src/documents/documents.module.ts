import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ApiConfig } from '../config/api-config';
import { DocumentController } from './document.controller';
import { DocumentRepository } from './document.repository';
import { DocumentResolver } from './document.resolver';
import { DocumentService } from './document.service';
import { DocumentStorage } from './document-storage';
import { LocalDiskDocumentStorage } from './local-disk-document-storage';

@Module({
  imports: [AuditModule],
  controllers: [DocumentController],
  providers: [
    { provide: DocumentStorage, inject: [ApiConfig], useFactory: (config: ApiConfig) => new LocalDiskDocumentStorage(config.storageDir) },
    DocumentRepository,
    DocumentService,
    DocumentResolver,
  ],
})
export class DocumentsModule {}
