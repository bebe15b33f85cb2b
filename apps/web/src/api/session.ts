import type { AuthSessionResponse } from '@seraph/contracts';
import { requestJson } from './http';

/** True only when the api says, in so many words, that it wants a token we have not given. */
export async function isTokenRequired(signal?: AbortSignal): Promise<boolean> {
  try {
    const { status, body } = await requestJson<Partial<AuthSessionResponse>>('/api/auth/session', {
      signal,
    });
    return status === 200 && body?.authRequired === true && body.authenticated === false;
  } catch {
    return false;
  }
}

export type LoginResult = 'ok' | 'rejected' | 'failed';

/** `POST /api/auth/login`; on success the api sets an HttpOnly session cookie. */
export async function login(token: string): Promise<LoginResult> {
  try {
    const { status } = await requestJson<unknown>('/api/auth/login', {
      method: 'POST',
      json: { token },
    });
    if (status >= 200 && status < 300) return 'ok';
    if (status === 401 || status === 403) return 'rejected';
    return 'failed';
  } catch {
    return 'failed';
  }
}
