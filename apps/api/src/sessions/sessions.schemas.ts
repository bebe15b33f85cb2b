import { z } from 'zod';
import { wholeNumberParam } from '../http/zod-request.pipe';

export const SESSION_TITLE_MAX_CHARS = 200;
export const MESSAGES_PAGE_MAX = 100;
export const MESSAGES_PAGE_DEFAULT = 50;

// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

const title = z
  .string({ error: 'must be a string' })
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(SESSION_TITLE_MAX_CHARS, { error: `must be at most ${SESSION_TITLE_MAX_CHARS} characters` })
  .refine((text) => !CONTROL_CHARS.test(text), {
    error: 'must not contain control characters such as line breaks',
  });
const body = { error: 'must be a JSON object' };

export const createSessionSchema = z.strictObject({ title: title.optional() }, body);
export type CreateSessionInput = z.output<typeof createSessionSchema>;

export const updateSessionSchema = z.strictObject({ title }, body);
export type UpdateSessionInput = z.output<typeof updateSessionSchema>;

export const sessionIdSchema = z.guid({ error: 'must be a uuid' });

export const messagesQuerySchema = z.strictObject({
  before: z.guid({ error: 'must be the id of a message (a uuid)' }).optional(),
  limit: wholeNumberParam(MESSAGES_PAGE_MAX).optional(),
});
export type MessagesQuery = z.output<typeof messagesQuerySchema>;

/** A session's title from its first message: one line, at most 60 characters. */
export function titleFromMessage(text: string): string {
  const line = text.replace(new RegExp(CONTROL_CHARS.source, 'g'), ' ').replace(/\s+/g, ' ').trim();
  const chars = [...line];
  if (chars.length === 0) return 'New chat';
  return chars.length > 60 ? `${chars.slice(0, 59).join('').trimEnd()}…` : line;
}
