import { AUTH_COOKIE } from './auth.constants';

/** Where a request or socket handshake may carry the api token. */
export interface Credentials {
  /** The `Authorization` header. */
  authorization?: string;
  /** The raw `Cookie` header. */
  cookie?: string;
  /** `auth.token` of a Socket.IO handshake. */
  token?: unknown;
}

/** Every token the caller offers, in the order bearer header, cookie, handshake token. */
export function offeredTokens(credentials: Credentials): string[] {
  const tokens: string[] = [];
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(credentials.authorization ?? '');
  if (bearer) tokens.push(bearer[1]);
  const cookie = readCookie(credentials.cookie, AUTH_COOKIE);
  if (cookie) tokens.push(cookie);
  if (typeof credentials.token === 'string' && credentials.token) tokens.push(credentials.token);
  return tokens;
}

/** The value of cookie `name` in a `Cookie` header, URL-decoded. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0 || part.slice(0, separator).trim() !== name) continue;
    const raw = part
      .slice(separator + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }
  return undefined;
}
