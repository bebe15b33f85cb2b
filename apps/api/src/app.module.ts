import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { AuthModule } from './auth/auth.module';
import type { ApiConfig } from './config/api-config';
import { CalendarModule } from './calendar/calendar.module';
import { ChatModule } from './chat/chat.module';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { GoalsModule } from './goals/goals.module';
import { HealthModule } from './health/health.module';
import { InsightsModule } from './insights/insights.module';
import { ApiExceptionFilter } from './http/api-exception.filter';
import { LoggingModule } from './logging/logging.module';
import { PresenceModule } from './presence/presence.module';
import { RealtimeModule } from './realtime/realtime.module';
import { JobQueuesModule } from './queues/queues.module';
import { RedisModule } from './redis/redis.module';
import { SessionsModule } from './sessions/sessions.module';
import { SettingsModule } from './settings/settings.module';
import { StrategistModule } from './strategist/strategist.module';
import { LlmUsageModule } from './llm-usage/llm-usage.module';

export interface AppDependencies {
  config: ApiConfig;
  logger: Logger;
  /** Initialized and migrated. */
  dataSource: DataSource;
}

@Module({})
export class AppModule {
  static register({ config, logger, dataSource }: AppDependencies): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.register(config),
        LoggingModule.register(logger),
        DatabaseModule.register(dataSource),
        RedisModule,
        JobQueuesModule,
        HealthModule,
        AuthModule,
        RealtimeModule,
        SettingsModule,
        GoalsModule,
        SessionsModule,
        ChatModule,
        LlmUsageModule,
        PresenceModule,
        InsightsModule,
        StrategistModule,
        CalendarModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: ApiExceptionFilter }],
    };
  }
}
