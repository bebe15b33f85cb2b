import { parseBroadcastEnvelope } from './broadcast-envelope';

describe('parseBroadcastEnvelope', () => {
  it('accepts a known event with an object payload', () => {
    const message = JSON.stringify({
      event: 'goals:changed',
      payload: { op: 'created', ids: ['g1'] },
    });
    expect(parseBroadcastEnvelope(message)).toEqual({
      ok: true,
      envelope: { event: 'goals:changed', payload: { op: 'created', ids: ['g1'] } },
    });
  });

  it.each([
    ['not JSON', '{oops', 'not JSON'],
    ['an array', '[1,2]', 'not an object'],
    ['null', 'null', 'not an object'],
    [
      'an unknown event',
      '{"event":"goals:exploded","payload":{}}',
      'unknown event "goals:exploded"',
    ],
    ['a missing event', '{"payload":{}}', 'unknown event undefined'],
    [
      'the api-only greeting',
      '{"event":"server:hello","payload":{"version":"9"}}',
      'unknown event "server:hello"',
    ],
    ['a missing payload', '{"event":"ambient"}', 'payload of ambient is not an object'],
    [
      'a string payload',
      '{"event":"ambient","payload":"idle"}',
      'payload of ambient is not an object',
    ],
  ])('refuses %s', (_label, message, reason) => {
    expect(parseBroadcastEnvelope(message)).toEqual({ ok: false, reason });
  });
});
