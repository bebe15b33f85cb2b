import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AUTH_COOKIE } from '../auth/auth.constants';
import { BEARER_SCHEME, COOKIE_SCHEME } from '../auth/api-token-auth.decorator';
import { APP_VERSION } from '../config/app-version';

export const DOCS_PATH = 'api/docs';
export const DOCS_JSON_PATH = 'api/docs-json';

/** The OpenAPI document generated from the controllers: UI at /api/docs, JSON at /api/docs-json. */
export function setupOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Seraph API')
    .setDescription(
      'HTTP api of Seraph. When the api runs with SERAPH_API_TOKEN, every /api route except ' +
        '/api/auth/* needs the token as a bearer header or the cookie set by POST /api/auth/login. ' +
        'Live events arrive over Socket.IO at /socket.io.',
    )
    .setVersion(APP_VERSION)
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', description: 'SERAPH_API_TOKEN' },
      BEARER_SCHEME,
    )
    .addCookieAuth(AUTH_COOKIE, { type: 'apiKey', in: 'cookie', name: AUTH_COOKIE }, COOKIE_SCHEME)
    .build();
  SwaggerModule.setup(DOCS_PATH, app, () => SwaggerModule.createDocument(app, config), {
    jsonDocumentUrl: DOCS_JSON_PATH,
    yamlDocumentUrl: 'api/docs-yaml',
    customSiteTitle: 'Seraph API',
  });
}
