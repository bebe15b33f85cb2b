import { ChatMessageEntity } from './chat-message.entity';
import { ChatSessionEntity } from './chat-session.entity';
import { ChatSummaryEntity } from './chat-summary.entity';
import { GoalEntity } from './goal.entity';
import { SettingsEntity } from './settings.entity';
import { InsightEntity } from './insight.entity';
import { StrategistRunEntity } from './strategist-run.entity';
import { BriefingEntity } from './briefing.entity';
import { CalendarEventEntity } from './calendar-event.entity';
import { CalendarConnectionEntity } from './calendar-connection.entity';

/**
 * Every entity. `createDataSource` registers them all by default (api, worker, migrate), so the
 * migrations drift guard compares every one. A new entity is added here and exported from the
 * package index.
 */
export const ENTITIES: (new () => object)[] = [
  GoalEntity,
  SettingsEntity,
  ChatSessionEntity,
  ChatMessageEntity,
  ChatSummaryEntity,
  InsightEntity,
  StrategistRunEntity,
  BriefingEntity,
  CalendarEventEntity,
  CalendarConnectionEntity,
];
