import { offeredTokens, readCookie } from './request-credentials';
import { TokenVerifier } from './token-verifier';

const TOKEN = 'correct-horse-battery-staple';

describe('TokenVerifier', () => {
  const verifier = new TokenVerifier({ apiToken: TOKEN });

  it('matches only the exact token', () => {
    expect(verifier.required).toBe(true);
    expect(verifier.matches(TOKEN)).toBe(true);
    expect(verifier.matches(`${TOKEN} `)).toBe(false);
    expect(verifier.matches(TOKEN.slice(0, -1))).toBe(false);
    expect(verifier.matches('')).toBe(false);
    expect(verifier.matches(undefined)).toBe(false);
    expect(verifier.matches(42)).toBe(false);
  });

  it('authorizes a bearer header, the cookie or a handshake token', () => {
    expect(verifier.isAuthorized({ authorization: `Bearer ${TOKEN}` })).toBe(true);
    expect(verifier.isAuthorized({ authorization: `bearer ${TOKEN}` })).toBe(true);
    expect(verifier.isAuthorized({ cookie: `theme=dark; seraph_token=${TOKEN}` })).toBe(true);
    expect(verifier.isAuthorized({ token: TOKEN })).toBe(true);
  });

  it('refuses missing, wrong or misplaced tokens', () => {
    expect(verifier.isAuthorized({})).toBe(false);
    expect(verifier.isAuthorized({ authorization: 'Bearer wrong-token-of-some-length' })).toBe(
      false,
    );
    expect(verifier.isAuthorized({ authorization: `Basic ${TOKEN}` })).toBe(false);
    expect(verifier.isAuthorized({ cookie: `other_cookie=${TOKEN}` })).toBe(false);
  });

  it('lets everything through when no token is configured', () => {
    const open = new TokenVerifier({ apiToken: undefined });
    expect(open.required).toBe(false);
    expect(open.isAuthorized({})).toBe(true);
    expect(open.matches('anything')).toBe(false);
  });
});

describe('request credentials', () => {
  it('collects tokens from all three places', () => {
    expect(
      offeredTokens({ authorization: 'Bearer a', cookie: 'seraph_token=b', token: 'c' }),
    ).toEqual(['a', 'b', 'c']);
  });

  it('reads URL-encoded and quoted cookie values', () => {
    expect(readCookie('a=1; seraph_token=x%2By; b=2', 'seraph_token')).toBe('x+y');
    expect(readCookie('seraph_token="quoted"', 'seraph_token')).toBe('quoted');
    expect(readCookie('seraph_token_old=1', 'seraph_token')).toBeUndefined();
    expect(readCookie(undefined, 'seraph_token')).toBeUndefined();
  });
});
