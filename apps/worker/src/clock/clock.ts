/** "Now", injected so tests can set the time every rule depends on (ARCHITECTURE: time is injected). */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = { now: () => new Date() };
