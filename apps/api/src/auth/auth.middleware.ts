import type { NextFunction, Request, Response } from 'express';
import { apiErrorBody } from '../http/api-error';
import { AUTH_COOKIE } from './auth.constants';
import type { TokenVerifier } from './token-verifier';

/**
 * Routes under /api anyone may call: signing in and out, asking whether that is needed, and
 * Google's redirect back after consent (its one-time state, issued to a signed-in user, proves it;
 * the SameSite=Strict cookie does not come along on a redirect from Google).
 */
const OPEN_ROUTES = new Set([
  'GET /auth/session',
  'POST /auth/login',
  'POST /auth/logout',
  'GET /calendar/oauth/callback',
]);

export const UNAUTHORIZED_MESSAGE = `Sign in first: send "Authorization: Bearer <token>" or the ${AUTH_COOKIE} cookie from POST /api/auth/login`;

/**
 * Express middleware mounted at /api ahead of every route there, including the OpenAPI docs that
 * bypass Nest's guards. Lets a request through when no token is configured, the route is open, or
 * the request carries the token; answers 401 in the api's error shape otherwise.
 */
export function createApiAuthMiddleware(verifier: TokenVerifier) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!verifier.required || OPEN_ROUTES.has(`${req.method} ${req.path}`)) return next();
    const credentials = { authorization: req.headers.authorization, cookie: req.headers.cookie };
    if (verifier.isAuthorized(credentials)) return next();
    res.setHeader('WWW-Authenticate', 'Bearer realm="seraph"');
    res.status(401).json(apiErrorBody(401, UNAUTHORIZED_MESSAGE));
  };
}
