import type { UserState } from '@seraph/contracts';
import { useAmbientStore } from '../stores/ambient.store';

export const USER_STATE_META: Record<UserState, { label: string; hint: string }> = {
  deep_work: {
    label: 'Deep work',
    hint: 'A focus block is on your calendar; Seraph holds messages until it ends.',
  },
  in_meeting: {
    label: 'In meeting',
    hint: 'A calendar event is on; Seraph holds messages until it ends.',
  },
  transitioning: {
    label: 'Between things',
    hint: 'An event just ended; a good moment for waiting insights.',
  },
  away: {
    label: 'Away',
    hint: 'No activity for 30 minutes; Seraph holds messages until you are back.',
  },
  winding_down: {
    label: 'Winding down',
    hint: 'Evening hours; only alerts come through.',
  },
  available: {
    label: 'Available',
    hint: 'Seraph may reach out, within your interruption mode.',
  },
};

/** Your current state (from `user_state`), a short label with its meaning as tooltip. */
export function UserStateChip() {
  const state = useAmbientStore((s) => s.userState);
  if (!state) return null;
  const meta = USER_STATE_META[state] ?? USER_STATE_META.available;
  return (
    <span
      className="hud-user-state"
      data-state={state}
      data-testid="hud-user-state"
      title={meta.hint}
      tabIndex={0}
      aria-label={`Your state: ${meta.label}. ${meta.hint}`}
      role="note"
    >
      {meta.label}
    </span>
  );
}
