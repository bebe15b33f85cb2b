import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { connectSocket, nextEvent, whenConnected, type TestSocket } from '../../test/socket-client';
import { startTestApp, type TestApp } from '../../test/test-app';

describe('token authentication', () => {
  // Minted per run: no token lives in test configuration.
  const token = randomBytes(24).toString('hex');
  let api: TestApp;
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    api = await startTestApp({ env: { SERAPH_API_TOKEN: token } });
  });

  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    await api?.close();
  });

  const http = () => request(api.app.getHttpServer());

  describe('HTTP', () => {
    it('refuses /api routes, the docs included, without the token', async () => {
      const response = await http().get('/api/docs-json').expect(401);
      expect(response.body).toEqual({
        statusCode: 401,
        error: 'Unauthorized',
        message: expect.stringContaining('Authorization: Bearer'),
      });
      expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
      await http().get('/api/docs').expect(401);
      await http().get('/api/nope').expect(401);
    });

    it('refuses a wrong bearer token', async () => {
      await http()
        .get('/api/docs-json')
        .set('Authorization', `Bearer ${token.slice(0, -1)}x`)
        .expect(401);
    });

    it('accepts the bearer token', async () => {
      const response = await http()
        .get('/api/docs-json')
        .set('Authorization', `Bearer ${token}`)
        .expect(200);
      expect(response.body.info.title).toBe('Seraph API');
      // Authenticated requests still get JSON 404s for unknown routes.
      const missing = await http()
        .get('/api/nope')
        .set('Authorization', `Bearer ${token}`)
        .expect(404);
      expect(missing.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
    });

    it('keeps the health probes open', async () => {
      await http().get('/health').expect(200);
      await http().get('/health/ready').expect(200);
    });

    it('tells the web app that a token is required', async () => {
      expect((await http().get('/api/auth/session').expect(200)).body).toEqual({
        authRequired: true,
        authenticated: false,
      });
      const withBearer = await http()
        .get('/api/auth/session')
        .set('Authorization', `Bearer ${token}`);
      expect(withBearer.body).toEqual({ authRequired: true, authenticated: true });
    });

    it('refuses a wrong token at login, without setting a cookie', async () => {
      const response = await http()
        .post('/api/auth/login')
        .send({ token: 'not-the-token-at-all' })
        .expect(401);
      expect(response.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
      expect(response.headers['set-cookie']).toBeUndefined();
    });

    it('answers 400 when the login body is not {token: string}', async () => {
      const wrongType = await http().post('/api/auth/login').send({ token: 12345 }).expect(400);
      expect(wrongType.body).toMatchObject({
        statusCode: 400,
        error: 'Bad Request',
        details: [{ field: 'token', rule: 'must be a string' }],
      });
      await http().post('/api/auth/login').send({}).expect(400);
      await http()
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .send('{"token":')
        .expect(400);
    });

    it('signs a browser in with an HttpOnly cookie and out again', async () => {
      const agent = request.agent(api.app.getHttpServer());
      const login = await agent.post('/api/auth/login').send({ token }).expect(200);
      expect(login.body).toEqual({ authenticated: true });
      const cookie = ([] as string[])
        .concat(login.headers['set-cookie'] ?? [])
        .find((c) => c.startsWith('seraph_token='));
      expect(cookie).toBeDefined();
      expect(cookie).toMatch(/; HttpOnly/i);
      expect(cookie).toMatch(/; SameSite=Strict/i);
      expect(cookie).toMatch(/; Path=\//);
      expect(cookie).not.toMatch(/; Secure/i); // plain http here

      await agent.get('/api/docs-json').expect(200);
      expect((await agent.get('/api/auth/session')).body).toEqual({
        authRequired: true,
        authenticated: true,
      });

      await agent.post('/api/auth/logout').expect(200);
      await agent.get('/api/docs-json').expect(401);
      expect((await agent.get('/api/auth/session')).body.authenticated).toBe(false);
    });

    it('marks the cookie Secure when a trusted proxy says the request came over https', async () => {
      const login = await http()
        .post('/api/auth/login')
        .set('X-Forwarded-Proto', 'https')
        .send({ token })
        .expect(200);
      expect(String(login.headers['set-cookie'])).toMatch(/; Secure/i);
    });
  });

  describe('socket', () => {
    const open = (options: Parameters<typeof connectSocket>[1]) => {
      const socket = connectSocket(api.url, options);
      sockets.push(socket);
      return socket;
    };

    it('refuses a handshake without the token with "unauthorized"', async () => {
      await expect(whenConnected(open({}))).rejects.toThrow('unauthorized');
      await expect(
        whenConnected(open({ auth: { token: 'wrong-token-wrong-token' } })),
      ).rejects.toThrow('unauthorized');
    });

    it('accepts the token in the handshake auth', async () => {
      const socket = open({ auth: { token } });
      const hello = nextEvent(socket, 'server:hello');
      await whenConnected(socket);
      expect((await hello).version).toEqual(expect.any(String));
    });

    it('accepts the sign-in cookie and the bearer header', async () => {
      await whenConnected(open({ extraHeaders: { cookie: `seraph_token=${token}` } }));
      await whenConnected(open({ extraHeaders: { authorization: `Bearer ${token}` } }));
    });
  });
});
