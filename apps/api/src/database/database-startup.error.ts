import { parseDatabaseUrl } from '@seraph/persistence';

const UNREACHABLE: Record<string, string> = {
  ECONNREFUSED: 'refused the connection',
  ENOTFOUND: 'has a host name that does not resolve',
  EAI_AGAIN: 'has a host name that does not resolve right now',
  ETIMEDOUT: 'did not answer in time',
  EHOSTUNREACH: 'is unreachable',
  ENETUNREACH: 'is on an unreachable network',
  ECONNRESET: 'closed the connection',
};

/** PostgreSQL could not be prepared at start-up; `message` is one sentence naming server and cause. */
export class DatabaseStartupError extends Error {
  override readonly name = 'DatabaseStartupError';

  constructor(databaseUrl: string, cause: unknown) {
    super(describeDatabaseFailure(databaseUrl, cause), { cause });
  }
}

export function describeDatabaseFailure(databaseUrl: string, cause: unknown): string {
  const { host, port, database } = parseDatabaseUrl(databaseUrl);
  const where = `PostgreSQL at ${host}:${port}`;
  const code = errorCode(cause);
  const message = cause instanceof Error ? cause.message : String(cause);
  const reason = code ? UNREACHABLE[code] : undefined;
  if (reason || /timeout|terminated unexpectedly/i.test(message)) {
    return `${where} ${reason ?? 'did not answer in time'}; start PostgreSQL or point DATABASE_URL at a running server`;
  }
  if (code?.startsWith('28')) {
    return `${where} refused the login (${message}); check the user and password in DATABASE_URL`;
  }
  return `${where} failed while preparing database "${database}": ${message}`;
}

/** The error code, looking inside AggregateError (Node tries IPv6 and IPv4 for "localhost"). */
function errorCode(error: unknown): string | undefined {
  const own = (error as { code?: unknown } | undefined)?.code;
  if (typeof own === 'string') return own;
  if (error instanceof AggregateError) return errorCode(error.errors[0]);
  return undefined;
}
