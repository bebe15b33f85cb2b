import { createHash } from 'node:crypto';

/** A response body serialized and encoded once, with its entity tag. */
export interface JsonBody {
  buffer: Buffer;
  etag: string;
}

interface Cached {
  today: string;
  flags: Uint8Array;
  body: JsonBody;
}

/** Distinct requests (sort, filters, q…) remembered per snapshot; the oldest goes first. */
const MAX_ENTRIES = 16;

/**
 * Serialized responses of one snapshot. Within a snapshot a response depends on time only through
 * today's date and each goal's overdue/behind/stalled flags, so a body is reused exactly while
 * those are unchanged, and rebuilt otherwise. Serializing a thousand goals costs far more than
 * computing their flags, which is what makes the tree cheap to serve again and again.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Cached>();

  body(key: string, today: string, flags: Uint8Array, build: () => unknown): JsonBody {
    const cached = this.entries.get(key);
    if (cached && cached.today === today && sameFlags(cached.flags, flags)) return cached.body;
    const buffer = Buffer.from(JSON.stringify(build()), 'utf8');
    const body = { buffer, etag: `W/"${createHash('sha1').update(buffer).digest('base64url')}"` };
    this.entries.delete(key);
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { today, flags, body });
    return body;
  }
}

function sameFlags(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
