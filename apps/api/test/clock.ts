import type { INestApplication } from '@nestjs/common';
import { Clock } from '../src/clock/clock';

const DAY_MS = 86_400_000;

export interface TestClock {
  /** Sets the api's "now". */
  set(at: string | Date): void;
  /** Moves "now" forward by whole days (or back, when negative). */
  advanceDays(days: number): void;
  now(): Date;
}

/** Freezes the api's injected clock at `at`; later calls move it. */
export function freezeClock(app: INestApplication, at: string | Date): TestClock {
  const clock = app.get(Clock, { strict: false });
  let current = new Date(at).getTime();
  clock.now = () => new Date(current);
  return {
    set: (next) => {
      current = new Date(next).getTime();
    },
    advanceDays: (days) => {
      current += days * DAY_MS;
    },
    now: () => new Date(current),
  };
}
