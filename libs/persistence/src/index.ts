export { DEFAULT_DATABASE_URL, parseDatabaseUrl, type DatabaseTarget } from './database-url';
export { ensureDatabase, quoteIdentifier } from './ensure-database';
export { createDataSource, type DataSourceOptions } from './data-source.factory';
export { runMigrations } from './run-migrations';
export { MIGRATIONS } from './migrations';
export { ENTITIES } from './entities';
export {
  SettingsEntity,
  SETTINGS_ROW_ID,
  type SettingsContextWindowStrategy,
  type SettingsInterruptionMode,
} from './entities/settings.entity';
export {
  GoalEntity,
  type GoalRowDomain,
  type GoalRowLevel,
  type GoalRowStatus,
} from './entities/goal.entity';
export {
  listenForNotifications,
  GOALS_CHANGED_CHANNEL,
  type ListenOptions,
  type NotificationListener,
} from './notifications';
export { ChatSessionEntity } from './entities/chat-session.entity';
export {
  ChatMessageEntity,
  type ChatRowRole,
  type ChatRowToolCall,
} from './entities/chat-message.entity';
export { ChatSummaryEntity } from './entities/chat-summary.entity';
export {
  InsightEntity,
  type InsightRowStatus,
  type InsightRowType,
} from './entities/insight.entity';
export { StrategistRunEntity } from './entities/strategist-run.entity';
export { BriefingEntity, type BriefingRowKind } from './entities/briefing.entity';
export { CalendarEventEntity } from './entities/calendar-event.entity';
export {
  CalendarConnectionEntity,
  CALENDAR_CONNECTION_ROW_ID,
  type CalendarRowStatus,
} from './entities/calendar-connection.entity';
