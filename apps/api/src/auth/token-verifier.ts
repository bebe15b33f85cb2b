import { createHash, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { API_CONFIG, type ApiConfig } from '../config/api-config';
import { offeredTokens, type Credentials } from './request-credentials';

/**
 * Checks offered tokens against SERAPH_API_TOKEN. Both sides are hashed first, so the comparison
 * takes the same time whatever the offered token's length or content.
 */
@Injectable()
export class TokenVerifier {
  private readonly expected: Buffer | undefined;

  constructor(@Inject(API_CONFIG) config: Pick<ApiConfig, 'apiToken'>) {
    this.expected = config.apiToken ? digest(config.apiToken) : undefined;
  }

  /** Whether this api was started with a token (and so requires one). */
  get required(): boolean {
    return this.expected !== undefined;
  }

  /** True when `candidate` is the configured token. */
  matches(candidate: unknown): boolean {
    if (!this.expected || typeof candidate !== 'string') return false;
    return timingSafeEqual(digest(candidate), this.expected);
  }

  /** True when no token is required or one of the offered tokens matches. */
  isAuthorized(credentials: Credentials): boolean {
    if (!this.required) return true;
    return offeredTokens(credentials).some((token) => this.matches(token));
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
