import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ParticipationRepository } from './participation.repository';
import { ParticipationResolver } from './participation.resolver';
import { ParticipationService } from './participation.service';
import { ProjectLoadersFactory } from './project-loaders';
import { ProjectRepository } from './project.repository';
import { ProjectReadRepository } from './project-read.repository';
import { ProjectResolver } from './project.resolver';
import { ProjectService } from './project.service';

@Module({
  imports: [AuditModule],
  providers: [ProjectRepository, ProjectReadRepository, ProjectService, ProjectLoadersFactory, ProjectResolver, ParticipationRepository, ParticipationService, ParticipationResolver],
  exports: [ProjectRepository],
})
export class ProjectsModule {}
