import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { browseWebpageTool, shellExecuteTool, ToolRegistry, type Resolver } from '../src';

const ARTICLE = `<!doctype html><html><head><title>Trail running</title></head><body>
<nav>Home | About | Login</nav>
<article><h1>Trail running for beginners</h1>
<p>${'Start slow and walk the hills. '.repeat(20)}</p>
<p>${'Good shoes matter more than a watch. '.repeat(20)}</p></article>
<footer>Copyright</footer></body></html>`;

describe('browse_webpage and shell_execute against local servers', () => {
  let server: Server;
  let base: string;
  const commands: string[] = [];
  const hits: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      if (req.url === '/article') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(ARTICLE);
      }
      if (req.url === '/moved') {
        res.writeHead(302, { location: '/article' });
        return res.end();
      }
      if (req.url === '/loop') {
        res.writeHead(302, { location: '/loop' });
        return res.end();
      }
      if (req.url === '/huge') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        return res.end('x'.repeat(100_000));
      }
      if (req.url === '/execute' && req.method === 'POST') {
        let body = '';
        req.on('data', (part: Buffer) => (body += part.toString()));
        req.on('end', () => {
          commands.push((JSON.parse(body) as { command: string }).command);
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ stdout: 'hello\n', stderr: '', exitCode: 0 }));
        });
        return;
      }
      res.writeHead(404);
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const tools = new ToolRegistry(
    [
      browseWebpageTool({
        timeoutMs: 5000,
        maxBytes: 10_000,
        maxRedirects: 3,
        allowPrivateAddresses: true,
      }),
    ],
    1000,
  );
  const signal = new AbortController().signal;
  const browse = (url: string) => tools.execute('browse_webpage', JSON.stringify({ url }), signal);

  it('refuses a name that turns private between the check and the connection (DNS rebinding)', async () => {
    // The first answer (the check) is public, the next (the connection) is this machine.
    const answers = ['93.184.215.14', '127.0.0.1'];
    const asked: string[] = [];
    const resolver: Resolver = async (host) => {
      asked.push(host);
      return [{ address: answers[Math.min(asked.length - 1, 1)]!, family: 4 }];
    };
    const guarded = new ToolRegistry([browseWebpageTool({ timeoutMs: 5000, resolver })], 1000);
    const port = new URL(base).port;
    hits.length = 0;
    const outcome = await guarded.execute(
      'browse_webpage',
      JSON.stringify({ url: `http://rebind.example:${port}/article` }),
      signal,
    );
    expect(outcome).toEqual({
      ok: false,
      error: 'rebind.example is a private or local address; browse_webpage only reads public pages',
    });
    expect(asked).toEqual(['rebind.example', 'rebind.example']);
    expect(hits).toEqual([]);
  });

  it('returns the readable text of a page, following a redirect', async () => {
    const outcome = await browse(`${base}/moved`);
    expect(outcome.ok).toBe(true);
    const result = (outcome as { result: { title: string; text: string; url: string } }).result;
    expect(result.url).toBe(`${base}/article`);
    expect(result.title).toContain('Trail running');
    expect(result.text).toContain('Start slow and walk the hills.');
    expect(result.text).not.toContain('Login');
  });

  it('limits redirects, body size and schemes', async () => {
    expect(await browse(`${base}/loop`)).toEqual({ ok: false, error: 'More than 3 redirects' });
    const huge = await browse(`${base}/huge`);
    expect((huge as { result: { text: string } }).result.text.length).toBe(10_000);
    expect(await browse('file:///etc/passwd')).toMatchObject({
      ok: false,
      error: expect.stringContaining('http'),
    });
    expect(await browse(`${base}/missing`)).toEqual({
      ok: false,
      error: 'The page answered HTTP 404',
    });
    expect(await tools.execute('browse_webpage', '{"url": 3}', signal)).toMatchObject({
      ok: false,
      error: expect.stringContaining('Invalid arguments'),
    });
  });

  it('runs a shell command in the sandbox service', async () => {
    const shell = new ToolRegistry([shellExecuteTool(base, 2000)], 1000);
    const outcome = await shell.execute('shell_execute', '{"command":"echo hello"}', signal);
    expect(outcome).toEqual({ ok: true, result: { stdout: 'hello\n', stderr: '', exitCode: 0 } });
    expect(commands).toEqual(['echo hello']);
  });
});
