import { type DynamicModule, Global, Module } from '@nestjs/common';
import { API_CONFIG, type ApiConfig } from './api-config';

/** Makes the validated configuration injectable everywhere as `API_CONFIG`. */
@Global()
@Module({})
export class ConfigModule {
  static register(config: ApiConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: API_CONFIG, useValue: Object.freeze({ ...config }) }],
      exports: [API_CONFIG],
    };
  }
}
