import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An event in Google Calendar API v3's shape (the fields Seraph reads). */
export interface GoogleEvent {
  id: string;
  summary?: string;
  start: { dateTime?: string; date?: string; timeZone?: string };
  end: { dateTime?: string; date?: string; timeZone?: string };
  location?: string;
  attendees?: { email: string; responseStatus?: string }[];
  eventType?: 'default' | 'focusTime' | 'outOfOffice' | 'workingLocation' | string;
  status?: string;
}

/** Counters of what the stand-in was asked. */
export interface GoogleRequestCounts {
  events: number;
  token: number;
  consent: number;
}

export interface GoogleStandIn {
  /** `http://127.0.0.1:<port>/`: the calendar client's `rootUrl`. */
  rootUrl: string;
  /** The consent page (GOOGLE_OAUTH_AUTH_URL). */
  authUrl: string;
  /** The token endpoint (GOOGLE_OAUTH_TOKEN_URL). */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** Replaces the calendar's events. */
  setEvents(events: GoogleEvent[]): void;
  /** A new refresh token the token endpoint accepts (as if the user had consented). */
  issueRefreshToken(): string;
  /** Google forgets this refresh token and the access tokens minted from it. */
  revoke(refreshToken: string): void;
  /** Answers the next requests of this kind with this status (e.g. 503), then behaves again. */
  failNext(kind: 'events' | 'token', status: number, times?: number): void;
  counts: GoogleRequestCounts;
  /** Query parameters of each events.list request, oldest first. */
  eventQueries: URLSearchParams[];
  /** Scopes asked for on the consent page, in order. */
  consentScopes: string[];
  /** Query parameters of each consent page visit. */
  consentQueries: URLSearchParams[];
  /** The most events per page whatever maxResults asks (Google's cap is 2500); lower it to test paging. */
  pageSize: number;
  reset(): void;
  close(): Promise<void>;
}

const INVALID_GRANT = {
  error: 'invalid_grant',
  error_description: 'Token has been expired or revoked.',
};
const UNAUTHENTICATED = {
  error: {
    code: 401,
    message:
      'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
    errors: [{ message: 'Invalid Credentials', domain: 'global', reason: 'authError' }],
    status: 'UNAUTHENTICATED',
  },
};

/**
 * A tiny Google on a loopback port speaking the real protocol: Calendar API v3 `events.list`
 * (Bearer token, time window, paging), the OAuth token endpoint (refresh and code exchange) and a
 * consent page that approves at once. Point the real googleapis clients at it with `rootUrl` and
 * the OAuth2Client's `endpoints`.
 */
export async function startGoogleStandIn(): Promise<GoogleStandIn> {
  const clientId = `test-client-${randomBytes(4).toString('hex')}.apps.googleusercontent.com`;
  const clientSecret = `test-secret-${randomBytes(8).toString('hex')}`;
  const refreshTokens = new Set<string>();
  const accessTokens = new Map<string, string>(); // access token → refresh token
  const codes = new Map<string, string>(); // code → redirect_uri
  const failures: { kind: 'events' | 'token'; status: number }[] = [];
  let events: GoogleEvent[] = [];

  const mint = (prefix: string) => `${prefix}-${randomBytes(12).toString('hex')}`;
  const issueRefreshToken = () => {
    const token = mint('1//refresh');
    refreshTokens.add(token);
    return token;
  };

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => res.destroy());
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const eventsPath = /^\/calendar\/v3\/calendars\/([^/]+)\/events$/.exec(url.pathname);
    if (req.method === 'GET' && eventsPath) {
      standIn.counts.events++;
      standIn.eventQueries.push(url.searchParams);
      const failure = takeFailure('events');
      if (failure)
        return json(res, failure, { error: { code: failure, message: 'Backend Error' } });
      const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
      const owner = bearer ? accessTokens.get(bearer) : undefined;
      if (!owner || !refreshTokens.has(owner)) return json(res, 401, UNAUTHENTICATED);
      return json(res, 200, listEvents(url.searchParams));
    }
    if (req.method === 'POST' && url.pathname === '/token') {
      standIn.counts.token++;
      const form = new URLSearchParams(await readBody(req));
      const failure = takeFailure('token');
      if (failure) return json(res, failure, { error: 'internal_failure' });
      return token(res, form);
    }
    if (req.method === 'GET' && url.pathname === '/o/oauth2/v2/auth') {
      standIn.counts.consent++;
      standIn.consentQueries.push(url.searchParams);
      standIn.consentScopes.push(url.searchParams.get('scope') ?? '');
      const redirectUri = url.searchParams.get('redirect_uri');
      if (url.searchParams.get('client_id') !== clientId || !redirectUri) {
        return json(res, 400, { error: 'invalid_request' });
      }
      const code = mint('4/code');
      codes.set(code, redirectUri);
      const target = new URL(redirectUri);
      target.searchParams.set('code', code);
      const state = url.searchParams.get('state');
      if (state !== null) target.searchParams.set('state', state);
      target.searchParams.set('scope', url.searchParams.get('scope') ?? '');
      res.writeHead(302, { location: target.toString() }).end();
      return;
    }
    json(res, 404, { error: { code: 404, message: 'Not Found', status: 'NOT_FOUND' } });
  }

  function token(res: ServerResponse, form: URLSearchParams): void {
    if (form.get('client_id') !== clientId || form.get('client_secret') !== clientSecret) {
      return json(res, 401, {
        error: 'invalid_client',
        error_description: 'The OAuth client was not found.',
      });
    }
    const grant = form.get('grant_type');
    if (grant === 'refresh_token') {
      const refresh = form.get('refresh_token') ?? '';
      if (!refreshTokens.has(refresh)) return json(res, 400, INVALID_GRANT);
      const access = mint('ya29.access');
      accessTokens.set(access, refresh);
      return json(res, 200, {
        access_token: access,
        expires_in: 3599,
        token_type: 'Bearer',
        scope: 'https://www.googleapis.com/auth/calendar.readonly',
      });
    }
    if (grant === 'authorization_code') {
      const code = form.get('code') ?? '';
      const redirectUri = codes.get(code);
      codes.delete(code);
      if (!redirectUri || redirectUri !== form.get('redirect_uri')) {
        return json(res, 400, { error: 'invalid_grant', error_description: 'Bad Request' });
      }
      const refresh = issueRefreshToken();
      const access = mint('ya29.access');
      accessTokens.set(access, refresh);
      return json(res, 200, {
        access_token: access,
        refresh_token: refresh,
        expires_in: 3599,
        token_type: 'Bearer',
        scope: 'https://www.googleapis.com/auth/calendar.readonly',
      });
    }
    json(res, 400, { error: 'unsupported_grant_type', error_description: 'Invalid grant_type' });
  }

  function listEvents(query: URLSearchParams) {
    const timeMin = query.get('timeMin') ? Date.parse(query.get('timeMin') ?? '') : -Infinity;
    const timeMax = query.get('timeMax') ? Date.parse(query.get('timeMax') ?? '') : Infinity;
    // Google: events ending after timeMin and starting before timeMax.
    let matching = events.filter(
      (event) => edge(event.end) > timeMin && edge(event.start) < timeMax,
    );
    if (query.get('orderBy') === 'startTime') {
      matching = [...matching].sort((a, b) => edge(a.start) - edge(b.start));
    }
    const size = Math.min(Number(query.get('maxResults') ?? 250), standIn.pageSize);
    const offset = Number(query.get('pageToken') ?? 0);
    const items = matching.slice(offset, offset + size);
    const next = offset + size < matching.length ? String(offset + size) : undefined;
    return {
      kind: 'calendar#events',
      summary: 'primary',
      timeZone: 'UTC',
      items: items.map((event) => ({ kind: 'calendar#event', status: 'confirmed', ...event })),
      ...(next ? { nextPageToken: next } : {}),
    };
  }

  function takeFailure(kind: 'events' | 'token'): number | undefined {
    const index = failures.findIndex((failure) => failure.kind === kind);
    if (index < 0) return undefined;
    return failures.splice(index, 1)[0].status;
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  const standIn: GoogleStandIn = {
    rootUrl: `${origin}/`,
    authUrl: `${origin}/o/oauth2/v2/auth`,
    tokenUrl: `${origin}/token`,
    clientId,
    clientSecret,
    setEvents: (list) => {
      events = [...list];
    },
    issueRefreshToken,
    revoke: (refreshToken) => {
      refreshTokens.delete(refreshToken);
    },
    failNext: (kind, status, times = 1) => {
      for (let i = 0; i < times; i++) failures.push({ kind, status });
    },
    counts: { events: 0, token: 0, consent: 0 },
    eventQueries: [],
    consentScopes: [],
    consentQueries: [],
    pageSize: 2500,
    reset: () => {
      events = [];
      failures.length = 0;
      standIn.counts = { events: 0, token: 0, consent: 0 };
      standIn.eventQueries = [];
      standIn.consentScopes = [];
      standIn.consentQueries = [];
      standIn.pageSize = 2500;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return standIn;
}

/** Start or end of an event in epoch ms; an all-day `date` is midnight UTC. */
function edge(time: GoogleEvent['start']): number {
  return Date.parse(time.dateTime ?? `${time.date ?? ''}T00:00:00Z`);
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
