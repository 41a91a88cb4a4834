import { Module, type DynamicModule } from '@nestjs/common';
import { ApiConfig } from './api-config';

@Module({})
export class ConfigModule {
  static forRoot(config: ApiConfig): DynamicModule {
    return { module: ConfigModule, global: true, providers: [{ provide: ApiConfig, useValue: config }], exports: [ApiConfig] };
  }
}
