import { vi } from 'vitest';

export type Route = { status: number; body?: unknown } | 'network-error';

/**
 * Replaces the browser's `fetch` with one that answers by path. Paths without a route get a 404.
 * Returns the mock so a test can inspect calls.
 */
export function stubFetch(routes: Record<string, Route | (() => Route)>) {
  const mock = vi.fn(async (input: RequestInfo | URL, _init?: RequestInit) => {
    const path =
      typeof input === 'string' ? input : input instanceof URL ? input.pathname : input.url;
    const entry = routes[path];
    const route =
      typeof entry === 'function' ? entry() : (entry ?? { status: 404, body: { statusCode: 404 } });
    if (route === 'network-error') throw new TypeError('Failed to fetch');
    const empty = route.status === 204 || route.status === 304 || route.body === undefined;
    const text = empty
      ? null
      : typeof route.body === 'string'
        ? route.body
        : JSON.stringify(route.body);
    return new Response(text, {
      status: route.status,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', mock);
  return mock;
}
