// Drives one URL with autocannon and returns the numbers the report needs.
import autocannon from 'autocannon';

export async function load(url, { connections = 32, duration = 10, headers = {} } = {}) {
  const result = await autocannon({ url, connections, duration, headers });
  const errors = result.errors + result.timeouts + result.non2xx;
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors,
    total: result.requests.total,
  };
}

/** A short warm-up so JIT and connection pools are hot before measuring. */
export async function warmUp(url) {
  await autocannon({ url, connections: 8, duration: 2 });
}
