import { DEFAULT_SETTINGS, type ApiErrorBody } from '@seraph/contracts';
import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import {
  MODE_RULE,
  NOT_EMPTY_RULE,
  STRATEGY_RULE,
  TIME_RULE,
  TIMEZONE_RULE,
} from './settings.schemas';

const UNKNOWN = 'is not a known field';
const OBJECT = 'must be a JSON object';

type Method = 'patch' | 'put';
const SETTINGS = '/api/settings';
const MODE = '/api/settings/interruption-mode';

interface BadInput {
  name: string;
  method: Method;
  path: string;
  /** A value is sent as JSON; a string is sent raw with `contentType`. */
  body?: unknown;
  raw?: string;
  contentType?: string;
  status?: number;
  /** Expected `details`, in order; undefined when the error carries none (unparseable bodies). */
  details?: [field: string, rule: string | RegExp][];
}

const patch = (name: string, body: unknown, details: BadInput['details']): BadInput => ({
  name,
  method: 'patch',
  path: SETTINGS,
  body,
  details,
});
const put = (name: string, body: unknown, details: BadInput['details']): BadInput => ({
  name,
  method: 'put',
  path: MODE,
  body,
  details,
});

const CASES: BadInput[] = [
  patch('an empty object', {}, [['body', NOT_EMPTY_RULE]]),
  patch('an unknown field', { theme: 'dark' }, [['theme', UNKNOWN]]),
  patch('two unknown fields next to a valid one', { interruptionMode: 'focus', a: 1, b: 2 }, [
    ['a', UNKNOWN],
    ['b', UNKNOWN],
  ]),
  patch('a server-owned field (updatedAt)', { updatedAt: '2025-01-01T00:00:00Z' }, [
    ['updatedAt', UNKNOWN],
  ]),
  patch('the budget, which only a mode change resets', { attentionBudgetRemaining: 99 }, [
    ['attentionBudgetRemaining', UNKNOWN],
  ]),
  patch('the row id', { id: 2 }, [['id', UNKNOWN]]),
  patch('a __proto__ key', JSON.parse('{"__proto__": {"interruptionMode": "focus"}}'), [
    ['__proto__', UNKNOWN],
  ]),
  patch('an unknown interruption mode', { interruptionMode: 'loud' }, [
    ['interruptionMode', MODE_RULE],
  ]),
  patch('a mode in capitals', { interruptionMode: 'FOCUS' }, [['interruptionMode', MODE_RULE]]),
  patch('a null mode', { interruptionMode: null }, [['interruptionMode', MODE_RULE]]),
  patch('a mode wrapped in an object', { interruptionMode: { mode: 'focus' } }, [
    ['interruptionMode', MODE_RULE],
  ]),
  patch('an unknown context-window strategy', { contextWindowStrategy: 'infinite' }, [
    ['contextWindowStrategy', STRATEGY_RULE],
  ]),
  patch('a numeric strategy', { contextWindowStrategy: 1 }, [
    ['contextWindowStrategy', STRATEGY_RULE],
  ]),
  patch('an unknown time zone', { timezone: 'Mars/Base' }, [['timezone', TIMEZONE_RULE]]),
  patch('a UTC offset instead of a zone', { timezone: '+02:00' }, [['timezone', TIMEZONE_RULE]]),
  patch('an empty time zone', { timezone: '' }, [['timezone', TIMEZONE_RULE]]),
  patch('a time zone with spaces', { timezone: ' Europe/Berlin ' }, [['timezone', TIMEZONE_RULE]]),
  patch('an overlong time zone', { timezone: `Europe/${'x'.repeat(80)}` }, [
    ['timezone', TIMEZONE_RULE],
  ]),
  patch('a null time zone', { timezone: null }, [['timezone', TIMEZONE_RULE]]),
  patch('a briefing at 24:00', { briefingTime: '24:00' }, [['briefingTime', TIME_RULE]]),
  patch('a briefing without a leading zero', { briefingTime: '8:00' }, [
    ['briefingTime', TIME_RULE],
  ]),
  patch('a review at minute 60', { reviewTime: '21:60' }, [['reviewTime', TIME_RULE]]),
  patch('a review with seconds', { reviewTime: '21:00:00' }, [['reviewTime', TIME_RULE]]),
  patch('a numeric active-hours start', { activeHoursStart: 800 }, [
    ['activeHoursStart', TIME_RULE],
  ]),
  patch('an empty active-hours end', { activeHoursEnd: '' }, [['activeHoursEnd', TIME_RULE]]),
  patch('a 12-hour time', { activeHoursEnd: '10:00 PM' }, [['activeHoursEnd', TIME_RULE]]),
  patch(
    'active hours that start when they end',
    { activeHoursStart: '09:00', activeHoursEnd: '09:00' },
    [
      ['activeHoursStart', 'must differ from activeHoursEnd'],
      ['activeHoursEnd', 'must differ from activeHoursStart'],
    ],
  ),
  patch('an end equal to the stored start (08:00)', { activeHoursEnd: '08:00' }, [
    ['activeHoursEnd', 'must differ from activeHoursStart'],
  ]),
  patch('several wrong fields at once', { interruptionMode: 'loud', reviewTime: 'late', x: 1 }, [
    ['interruptionMode', MODE_RULE],
    ['reviewTime', TIME_RULE],
    ['x', UNKNOWN],
  ]),
  patch('an array', [{ interruptionMode: 'focus' }], [['body', OBJECT]]),
  patch('an empty array', [], [['body', OBJECT]]),
  {
    name: 'a top-level null',
    method: 'patch',
    path: SETTINGS,
    raw: 'null',
    contentType: 'application/json',
  },
  {
    name: 'a top-level string',
    method: 'patch',
    path: SETTINGS,
    raw: '"focus"',
    contentType: 'application/json',
  },
  {
    name: 'malformed JSON',
    method: 'patch',
    path: SETTINGS,
    raw: '{"interruptionMode": ',
    contentType: 'application/json',
  },
  {
    name: 'a plain-text body',
    method: 'patch',
    path: SETTINGS,
    raw: 'focus',
    contentType: 'text/plain',
    details: [['body', OBJECT]],
  },
  {
    name: 'no body at all',
    method: 'patch',
    path: SETTINGS,
    details: [['body', OBJECT]],
  },
  {
    name: 'a body over the size limit',
    method: 'patch',
    path: SETTINGS,
    raw: JSON.stringify({ timezone: 'x'.repeat(200_000) }),
    contentType: 'application/json',
    status: 413,
  },
  put('an empty object', {}, [['mode', 'is required']]),
  put('an unknown mode', { mode: 'loud' }, [['mode', MODE_RULE]]),
  put('a null mode', { mode: null }, [['mode', MODE_RULE]]),
  put('a numeric mode', { mode: 2 }, [['mode', MODE_RULE]]),
  put('the mode under the PATCH name', { interruptionMode: 'focus' }, [
    ['mode', 'is required'],
    ['interruptionMode', UNKNOWN],
  ]),
  put('an extra field', { mode: 'focus', budget: 99 }, [['budget', UNKNOWN]]),
  put('an array', ['focus'], [['body', OBJECT]]),
  {
    name: 'malformed JSON',
    method: 'put',
    path: MODE,
    raw: '{mode: focus}',
    contentType: 'application/json',
  },
  {
    name: 'a plain-text mode',
    method: 'put',
    path: MODE,
    raw: 'focus',
    contentType: 'text/plain',
    details: [['body', OBJECT]],
  },
];

describe('settings: bad input', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api?.close();
  });

  const send = (input: BadInput) => {
    const req = request(api.url)[input.method](input.path);
    if (input.raw !== undefined) {
      return req.set('Content-Type', input.contentType ?? 'application/json').send(input.raw);
    }
    return input.body === undefined ? req : req.send(input.body as object);
  };

  it('covers at least 25 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
  });

  it.each(CASES.map((c) => [`${c.method.toUpperCase()} ${c.path} with ${c.name}`, c] as const))(
    'refuses %s with the error shape',
    async (_name, input) => {
      const response = await send(input);
      const status = input.status ?? 400;
      expect(response.status).toBe(status);
      expect(response.headers['content-type']).toMatch(/application\/json/);
      const body = response.body as ApiErrorBody;
      expect(body).toEqual({
        statusCode: status,
        error: status === 400 ? 'Bad Request' : expect.any(String),
        message: expect.any(String),
        ...(input.details ? { details: expect.any(Array) } : {}),
      });
      if (input.details) {
        expect(body.details?.map((d) => [d.field, d.rule])).toEqual(
          input.details.map(([field, rule]) => [field, rule]),
        );
        // The message repeats each detail, so a person reading only the message knows too.
        for (const { field, rule } of body.details ?? []) {
          expect(body.message).toContain(`${field} ${rule}`);
        }
      }
    },
  );

  it('left the settings as they were', async () => {
    const { body } = await request(api.url).get(SETTINGS).expect(200);
    expect(body).toEqual({ ...DEFAULT_SETTINGS, updatedAt: expect.any(String) });
    await request(api.url)
      .get(MODE)
      .expect(200, { mode: 'balanced', attentionBudgetRemaining: 5, userState: 'available' });
  });
});
