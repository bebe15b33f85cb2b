import type {
  ChatDeltaPayload,
  ChatErrorPayload,
  ChatFinalPayload,
  ChatSendPayload,
  ChatStartedPayload,
  ChatStepPayload,
} from '@seraph/contracts';
import type { TestSocket } from './socket-client';

export type ChatEvent =
  | { event: 'chat:started'; payload: ChatStartedPayload }
  | { event: 'chat:step'; payload: ChatStepPayload }
  | { event: 'chat:delta'; payload: ChatDeltaPayload }
  | { event: 'chat:final'; payload: ChatFinalPayload }
  | { event: 'chat:error'; payload: ChatErrorPayload };

export interface ChatTurn {
  events: ChatEvent[];
  started?: ChatStartedPayload;
  steps: ChatStepPayload[];
  text: string;
  final?: ChatFinalPayload;
  error?: ChatErrorPayload;
}

const NAMES = ['chat:started', 'chat:step', 'chat:delta', 'chat:final', 'chat:error'] as const;

/** Sends `chat:send` and collects every chat event until `chat:final` or `chat:error`. */
export function chatTurn(
  socket: TestSocket,
  payload: ChatSendPayload,
  timeoutMs = 10_000,
): Promise<ChatTurn> {
  return new Promise((resolve, reject) => {
    const events: ChatEvent[] = [];
    const listeners = NAMES.map((name) => {
      const listener = (body: unknown) => {
        events.push({ event: name, payload: body } as ChatEvent);
        if (name === 'chat:final' || name === 'chat:error') done();
      };
      (socket.on as (e: string, l: (b: unknown) => void) => void)(name, listener);
      return [name, listener] as const;
    });
    const timer = setTimeout(() => {
      cleanup();
      reject(
        new Error(`no chat:final or chat:error within ${timeoutMs} ms: ${JSON.stringify(events)}`),
      );
    }, timeoutMs);
    function cleanup() {
      clearTimeout(timer);
      for (const [name, listener] of listeners) {
        (socket.off as (e: string, l: (b: unknown) => void) => void)(name, listener);
      }
    }
    function done() {
      cleanup();
      const pick = <E extends ChatEvent['event']>(name: E) =>
        events.filter((e) => e.event === name).map((e) => e.payload) as Extract<
          ChatEvent,
          { event: E }
        >['payload'][];
      resolve({
        events,
        started: pick('chat:started')[0],
        steps: pick('chat:step'),
        text: pick('chat:delta')
          .map((d) => d.text)
          .join(''),
        final: pick('chat:final')[0],
        error: pick('chat:error')[0],
      });
    }
    socket.emit('chat:send', payload);
  });
}
