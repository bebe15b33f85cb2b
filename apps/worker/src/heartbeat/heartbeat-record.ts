/** What each heartbeat writes to `<prefix>:heartbeat:last` and returns as its job result. */
export interface HeartbeatRecord {
  /** ISO-8601 time the heartbeat ran. */
  at: string;
  jobId: string;
  workerId: string;
}

export function heartbeatKey(queuePrefix: string): string {
  return `${queuePrefix}:heartbeat:last`;
}

/** Parses the stored record; null when absent or not a heartbeat record. */
export function parseHeartbeatRecord(raw: string | null): HeartbeatRecord | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<HeartbeatRecord>;
    return typeof value.at === 'string' &&
      typeof value.jobId === 'string' &&
      typeof value.workerId === 'string'
      ? { at: value.at, jobId: value.jobId, workerId: value.workerId }
      : null;
  } catch {
    return null;
  }
}
