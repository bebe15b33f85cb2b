import { addDays } from './goal-dashboard';
import { ResponseCache } from './goal-response-cache';

describe('ResponseCache', () => {
  const flags = (...bytes: number[]) => Uint8Array.from(bytes);

  it('reuses a body while today and every flag are the same, and rebuilds otherwise', () => {
    const cache = new ResponseCache();
    let builds = 0;
    const build = () => ({ built: ++builds });
    const first = cache.body('tree', '2026-03-01', flags(0, 1), build);
    expect(JSON.parse(first.buffer.toString())).toEqual({ built: 1 });
    expect(cache.body('tree', '2026-03-01', flags(0, 1), build)).toBe(first);
    expect(cache.body('tree', '2026-03-01', flags(0, 3), build).etag).not.toBe(first.etag);
    expect(cache.body('tree', '2026-03-02', flags(0, 3), build)).not.toBe(first);
    expect(cache.body('list', '2026-03-02', flags(0, 3), build)).not.toBe(first);
    expect(builds).toBe(4);
  });

  it('gives equal bodies equal weak ETags', () => {
    const a = new ResponseCache().body('k', 'd', flags(), () => [1, 2]);
    const b = new ResponseCache().body('k', 'd', flags(), () => [1, 2]);
    expect(a.etag).toMatch(/^W\/"[\w-]+"$/);
    expect(a.etag).toBe(b.etag);
  });

  it('forgets the oldest request once it holds 16', () => {
    const cache = new ResponseCache();
    let builds = 0;
    const build = () => ++builds;
    for (let i = 0; i <= 16; i++) cache.body(`q${i}`, 'd', flags(), build);
    cache.body('q16', 'd', flags(), build); // still there
    expect(builds).toBe(17);
    cache.body('q0', 'd', flags(), build); // evicted: built again
    expect(builds).toBe(18);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-03-01', 7, '2026-03-08'],
    ['2026-02-25', 7, '2026-03-04'],
    ['2028-02-25', 7, '2028-03-03'],
    ['2026-12-29', 7, '2027-01-05'],
    ['2026-03-01', 0, '2026-03-01'],
  ])('%s + %i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});
