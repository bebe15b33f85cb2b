import type { LookupAddress, LookupOptions } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { ToolInputError } from './agent-tool';

// Addresses a model must not reach on the user's behalf: this machine, the home or compose
// network, link-local cloud metadata, and the like (RFC 1918, 6598, 4193, 3927, 6890).
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6');
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return PRIVATE.check(mapped[1], 'ipv4');
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Resolves a host name to all its addresses (the system resolver; tests pass their own). */
export type Resolver = (host: string) => Promise<LookupAddress[]>;

export const systemResolver: Resolver = (host) => lookup(host, { all: true });

const refusal = (host: string) =>
  new ToolInputError(
    `${host} is a private or local address; browse_webpage only reads public pages`,
  );

/**
 * Refuses a URL whose host is, or resolves to, a private or local address. Checked before every
 * request and redirect hop, so a public page cannot redirect the tool into the local network.
 */
export async function assertPublicHost(
  url: URL,
  resolve: Resolver = systemResolver,
): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host)
    ? [host]
    : (await resolve(host).catch(() => [])).map((entry) => entry.address);
  if (addresses.length === 0) throw new ToolInputError(`Could not resolve ${host}`);
  if (addresses.some(isPrivateAddress)) throw refusal(host);
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A socket `lookup` that refuses private addresses at connect time. The address checked is the
 * address the socket then uses, so a name that resolves to a public address for
 * {@link assertPublicHost} and to a private one a moment later (DNS rebinding) gets nowhere.
 */
export function publicOnlyLookup(resolve: Resolver = systemResolver) {
  return (host: string, options: LookupOptions, callback: LookupCallback): void => {
    resolve(host).then(
      (addresses) => {
        const wanted = options.family
          ? addresses.filter((entry) => entry.family === options.family)
          : addresses;
        if (wanted.length === 0) {
          callback(
            Object.assign(new Error(`Could not resolve ${host}`), { code: 'ENOTFOUND' }),
            [],
          );
        } else if (wanted.some((entry) => isPrivateAddress(entry.address))) {
          callback(refusal(host), []);
        } else if (options.all) {
          callback(null, wanted);
        } else {
          callback(null, wanted[0]!.address, wanted[0]!.family);
        }
      },
      (error: NodeJS.ErrnoException) => callback(error, []),
    );
  };
}
