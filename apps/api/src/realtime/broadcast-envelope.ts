import { SOCKET_EVENTS, type BroadcastEnvelope } from '@seraph/contracts';

// server:hello is the api's own greeting to each socket, never relayed.
const RELAYED_EVENTS: ReadonlySet<string> = new Set(
  Object.values(SOCKET_EVENTS).filter((event) => event !== SOCKET_EVENTS.serverHello),
);

export type ParsedEnvelope =
  { ok: true; envelope: BroadcastEnvelope } | { ok: false; reason: string };

/**
 * Reads one message of the broadcast channel. The event must be a known server-to-client event and
 * the payload an object; payload fields are the publisher's contract and pass through unchanged.
 */
export function parseBroadcastEnvelope(message: string): ParsedEnvelope {
  let value: unknown;
  try {
    value = JSON.parse(message);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'not an object' };
  }
  const { event, payload } = value as { event?: unknown; payload?: unknown };
  if (typeof event !== 'string' || !RELAYED_EVENTS.has(event)) {
    return { ok: false, reason: `unknown event ${JSON.stringify(event)?.slice(0, 60)}` };
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { ok: false, reason: `payload of ${event} is not an object` };
  }
  return { ok: true, envelope: { event, payload } as BroadcastEnvelope };
}
