import type { AgentTool } from '@seraph/agent';
import { localClockTime, localDate } from '@seraph/attention';
import type { CalendarEvent } from '@seraph/contracts';
import type { CalendarService } from './calendar.service';

export const CALENDAR_TOOL_NAME = 'get_calendar_events';
const MAX_HOURS = 24;

/** `2026-03-02 10:00` in the user's zone. */
export function localTime(iso: string, timeZone: string): string {
  const at = new Date(iso);
  return `${localDate(at, timeZone)} ${localClockTime(at, timeZone)}`;
}

function describe(event: CalendarEvent, timeZone: string) {
  return {
    title: event.title,
    start: event.allDay ? event.start.slice(0, 10) : localTime(event.start, timeZone),
    end: event.allDay ? event.end.slice(0, 10) : localTime(event.end, timeZone),
    ...(event.allDay ? { allDay: true } : {}),
    ...(event.focus ? { focus: true } : {}),
    ...(event.location ? { location: event.location } : {}),
    ...(event.attendeeCount ? { attendees: event.attendeeCount } : {}),
  };
}

/**
 * The chat agent's `get_calendar_events`: the cached Google Calendar events of the next N hours
 * (default and most 24) with local times, or a plain statement that the calendar is not connected.
 */
export function calendarEventsTool(
  calendar: CalendarService,
  timeZone: () => Promise<string>,
): AgentTool {
  return {
    name: CALENDAR_TOOL_NAME,
    description:
      "The user's upcoming Google Calendar events (from the last scan), local times in their time " +
      'zone; focus marks focus time / deep work. Says when the calendar is not connected.',
    parameters: {
      type: 'object',
      properties: {
        hours: {
          type: 'integer',
          minimum: 1,
          maximum: MAX_HOURS,
          description: 'How far ahead to look (default 24).',
        },
      },
      required: [],
      additionalProperties: false,
    },
    run: async (args) => {
      const requested = Number(args.hours ?? MAX_HOURS);
      const hours = Number.isFinite(requested)
        ? Math.min(Math.max(requested, 1), MAX_HOURS)
        : MAX_HOURS;
      const status = await calendar.status();
      if (status.source === 'none') {
        return {
          connected: false,
          note: 'Google Calendar is not connected; the user can connect it under Settings → Calendar.',
          events: [],
        };
      }
      const [events, zone] = await Promise.all([calendar.events(hours), timeZone()]);
      return {
        connected: true,
        status: status.status,
        ...(status.message ? { problem: status.message } : {}),
        lastScanAt: status.lastScanAt ? localTime(status.lastScanAt, zone) : null,
        timeZone: zone,
        hours,
        events: events.map((event) => describe(event, zone)),
      };
    },
  };
}
