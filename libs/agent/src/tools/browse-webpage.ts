import { Agent, fetch, type Response } from 'undici';
import { ToolInputError, type AgentTool } from './agent-tool';
import {
  assertPublicHost,
  publicOnlyLookup,
  systemResolver,
  type Resolver,
} from './public-address';

export interface BrowseOptions {
  timeoutMs: number;
  /** Largest body read, in bytes. Default 2 MB. */
  maxBytes?: number;
  /** Redirects followed. Default 5. */
  maxRedirects?: number;
  /** Characters of text returned to the model. Default 12 000. */
  maxChars?: number;
  /** Allow hosts on this machine or a private network. Default false: the model only reads public pages. */
  allowPrivateAddresses?: boolean;
  /** Host name resolution (tests substitute one); the system resolver by default. */
  resolver?: Resolver;
}

/** `browse_webpage`: fetches an http(s) page and returns its readable text. */
export function browseWebpageTool(options: BrowseOptions): AgentTool {
  // Public-only: every connection re-checks the address it actually dials (see publicOnlyLookup).
  const dispatcher = options.allowPrivateAddresses
    ? undefined
    : new Agent({ connect: { lookup: publicOnlyLookup(options.resolver ?? systemResolver) } });
  return {
    name: 'browse_webpage',
    description:
      'Fetch a web page (http or https) and return its title and readable text, e.g. to read an ' +
      'article the user mentions.',
    parameters: {
      type: 'object',
      properties: { url: { type: 'string', description: 'Absolute http(s) URL' } },
      required: ['url'],
      additionalProperties: false,
    },
    timeoutMs: options.timeoutMs,
    run: async (args, signal) => browse(String(args.url), options, signal, dispatcher),
  };
}

async function browse(
  start: string,
  options: BrowseOptions,
  signal: AbortSignal,
  dispatcher: Agent | undefined,
) {
  const maxRedirects = options.maxRedirects ?? 5;
  let url = parseUrl(start);
  let response: Response | undefined;
  for (let hop = 0; ; hop += 1) {
    if (!options.allowPrivateAddresses) await assertPublicHost(url, options.resolver);
    response = await fetchPage(url, signal, dispatcher);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) break;
    if (hop >= maxRedirects) throw new ToolInputError(`More than ${maxRedirects} redirects`);
    await response.body?.cancel();
    url = parseUrl(new URL(location, url).toString());
  }
  if (!response.ok) throw new ToolInputError(`The page answered HTTP ${response.status}`);
  const body = await readLimited(response, options.maxBytes ?? 2_000_000);
  const type = response.headers.get('content-type') ?? '';
  const maxChars = options.maxChars ?? 12_000;
  if (!type.includes('html')) {
    return {
      url: url.toString(),
      title: null,
      text: body.slice(0, maxChars),
      truncated: body.length > maxChars,
    };
  }
  // Loaded on first use: jsdom takes about a second to load, which every start-up would pay.
  const [{ JSDOM, VirtualConsole }, { Readability }] = await Promise.all([
    import('jsdom'),
    import('@mozilla/readability'),
  ]);
  const dom = new JSDOM(body, { url: url.toString(), virtualConsole: new VirtualConsole() });
  const article = new Readability(dom.window.document).parse();
  const text = (article?.textContent ?? dom.window.document.body?.textContent ?? '')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n\n')
    .trim();
  dom.window.close();
  return {
    url: url.toString(),
    title: article?.title ?? dom.window.document.title ?? null,
    text: text.slice(0, maxChars),
    truncated: text.length > maxChars,
  };
}

async function fetchPage(
  url: URL,
  signal: AbortSignal,
  dispatcher: Agent | undefined,
): Promise<Response> {
  try {
    return await fetch(url, {
      redirect: 'manual',
      signal,
      headers: { 'user-agent': 'Seraph/0.1' },
      ...(dispatcher ? { dispatcher } : {}),
    });
  } catch (error) {
    // undici wraps connection failures: surface the refusal of a private address as such.
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof ToolInputError) throw cause;
    throw error;
  }
}

function parseUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ToolInputError(`Not a URL: ${value.slice(0, 200)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ToolInputError('Only http and https URLs can be browsed');
  }
  return url;
}

async function readLimited(response: Response, maxBytes: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      parts.push(value.subarray(0, value.byteLength - (size - maxBytes)));
      break;
    }
    parts.push(value);
  }
  return Buffer.concat(parts).toString('utf8');
}
