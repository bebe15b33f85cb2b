import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { browseWebpageTool, shellExecuteTool, ToolRegistry } from '../src';

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

  beforeAll(async () => {
    server = createServer((req, res) => {
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
