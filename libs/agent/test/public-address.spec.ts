import { browseWebpageTool, isPrivateAddress, ToolRegistry } from '../src';

describe('browse_webpage reads public pages only', () => {
  it.each([
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.20.0.5', true],
    ['192.168.1.10', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['::1', true],
    ['fd12:3456::1', true],
    ['fe80::1', true],
    ['::ffff:127.0.0.1', true],
    ['93.184.215.14', false],
    ['2606:4700::6810:85e5', false],
    ['172.32.0.1', false],
  ])('%s is private: %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });

  it('refuses a local URL by default, before any request is made', async () => {
    const tools = new ToolRegistry([browseWebpageTool({ timeoutMs: 2000 })], 1000);
    const outcome = await tools.execute(
      'browse_webpage',
      JSON.stringify({ url: 'http://127.0.0.1:9/admin' }),
      new AbortController().signal,
    );
    expect(outcome.ok).toBe(false);
    expect(JSON.stringify(outcome)).toMatch(/private or local address/);
  });
});
