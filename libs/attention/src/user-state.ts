import { USER_STATES, type UserState } from '@seraph/contracts';

const KNOWN: ReadonlySet<string> = new Set(USER_STATES);

/**
 * The user state a stored value names, or `available` when there is none or it names no state:
 * without evidence of the contrary the user counts as available (PRODUCT §2, last rule).
 */
export function toUserState(value: unknown): UserState {
  return typeof value === 'string' && KNOWN.has(value) ? (value as UserState) : 'available';
}
