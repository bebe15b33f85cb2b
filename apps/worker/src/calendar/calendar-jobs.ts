import type { JobName } from '../queues/queue-table';

export const CALENDAR_QUEUE = 'calendar';
export const CALENDAR_SCAN_JOB = 'calendar.scan' satisfies JobName;
export const CALENDAR_TRANSITION_JOB = 'calendar.transition' satisfies JobName;

/** A transition job fires this long after the edge, so the rules already see the new state. */
export const TRANSITION_DELAY_MS = 5_000;
/** Transitions planned per scan at most (a day of back-to-back meetings stays far below). */
const MAX_TRANSITIONS = 200;

export interface TransitionData {
  eventId: string;
  edge: 'start' | 'end';
  at: string;
}

export interface PlannedTransition {
  jobId: string;
  delay: number;
  data: TransitionData;
}

interface TimedEvent {
  id: string;
  startAt: Date;
  endAt: Date;
  allDay: boolean;
}

/**
 * One delayed job per upcoming start and end of a timed event, with deterministic ids
 * (`transition-<eventId>-start-<epoch ms>`), so scanning again adds nothing new for an unchanged
 * event and a moved event gets new ids. All-day events never make the user busy, so they get none.
 */
export function planTransitions(events: readonly TimedEvent[], now: Date): PlannedTransition[] {
  const planned: PlannedTransition[] = [];
  for (const event of events) {
    if (event.allDay) continue;
    for (const edge of ['start', 'end'] as const) {
      const at = edge === 'start' ? event.startAt : event.endAt;
      const delay = at.getTime() + TRANSITION_DELAY_MS - now.getTime();
      if (delay <= 0) continue;
      planned.push({
        jobId: `transition-${safeId(event.id)}-${edge}-${at.getTime()}`,
        delay,
        data: { eventId: event.id, edge, at: at.toISOString() },
      });
    }
  }
  return planned.sort((a, b) => a.delay - b.delay).slice(0, MAX_TRANSITIONS);
}

/** BullMQ job ids may not hold ':'; Google ids are letters, digits and '_' anyway. */
function safeId(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 200);
}
