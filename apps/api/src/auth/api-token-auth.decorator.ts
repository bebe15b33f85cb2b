import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiUnauthorizedResponse } from '@nestjs/swagger';

export const BEARER_SCHEME = 'bearer';
export const COOKIE_SCHEME = 'cookie';

/**
 * Documents that a controller or route needs the api token (enforced for all of /api by the auth
 * middleware when SERAPH_API_TOKEN is set). Feature controllers put it on their class.
 */
export function ApiTokenAuth(): ClassDecorator & MethodDecorator {
  return applyDecorators(
    ApiBearerAuth(BEARER_SCHEME),
    ApiCookieAuth(COOKIE_SCHEME),
    ApiUnauthorizedResponse({ description: 'SERAPH_API_TOKEN is set and the request lacks it.' }),
  );
}
