import { Injectable } from '@nestjs/common';

/**
 * "Now" for every rule that depends on time (derived goal health, local midnight…). Injected as
 * this token, so tests set the time: `app.get(Clock).now = () => new Date('2026-03-01T09:00:00Z')`.
 */
export abstract class Clock {
  abstract now(): Date;
}

/** The real clock. */
@Injectable()
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
