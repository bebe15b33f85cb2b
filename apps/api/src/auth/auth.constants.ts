/** Name of the HttpOnly cookie `POST /api/auth/login` sets. */
export const AUTH_COOKIE = 'seraph_token';

/** How long a sign-in lasts in the browser. */
export const AUTH_COOKIE_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
