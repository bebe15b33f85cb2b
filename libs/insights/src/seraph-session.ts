import {
  ChatMessageEntity,
  ChatSessionEntity,
  SETTINGS_ROW_ID,
  SettingsEntity,
} from '@seraph/persistence';
import type { EntityManager } from 'typeorm';

/** Title of the chat session proactive messages and briefings are written to. */
export const SERAPH_SESSION_TITLE = 'Seraph';

/**
 * The settings row, locked until the transaction ends. Every delivery takes this lock first, so
 * deliveries (and their budget spending) are serialised across api and worker processes.
 */
export function lockSettings(manager: EntityManager): Promise<SettingsEntity> {
  return manager
    .getRepository(SettingsEntity)
    .createQueryBuilder('settings')
    .setLock('pessimistic_write')
    .where('settings.id = :id', { id: SETTINGS_ROW_ID })
    .getOneOrFail();
}

/**
 * The "Seraph" session's id, creating the session when there is none (first delivery, or the
 * user deleted it). Call with the settings row locked by {@link lockSettings}.
 */
export async function ensureSeraphSession(
  manager: EntityManager,
  settings: SettingsEntity,
): Promise<string> {
  const sessions = manager.getRepository(ChatSessionEntity);
  if (settings.seraphSessionId && (await sessions.existsBy({ id: settings.seraphSessionId }))) {
    return settings.seraphSessionId;
  }
  const session = await sessions.save(sessions.create({ title: SERAPH_SESSION_TITLE }));
  await manager
    .getRepository(SettingsEntity)
    .update({ id: SETTINGS_ROW_ID }, { seraphSessionId: session.id });
  settings.seraphSessionId = session.id;
  return session.id;
}

/** Appends an assistant message to the Seraph session and moves the session to the top. */
export async function postSeraphMessage(
  manager: EntityManager,
  settings: SettingsEntity,
  text: string,
  at: Date,
): Promise<ChatMessageEntity> {
  const sessionId = await ensureSeraphSession(manager, settings);
  const messages = manager.getRepository(ChatMessageEntity);
  const message = await messages.save(
    messages.create({ sessionId, role: 'assistant', content: text, createdAt: at }),
  );
  await manager.getRepository(ChatSessionEntity).update({ id: sessionId }, { updatedAt: at });
  return message;
}
