import { useSocketStore, type SocketStatus } from '../stores/socket.store';
import { SPRITES } from './sprites';
import { StatusChip, type StatusTone } from './status-chip';

const LOOK: Record<SocketStatus, { tone: StatusTone; sprite: readonly string[] }> = {
  connecting: { tone: 'warn', sprite: SPRITES.hollowDiamond },
  connected: { tone: 'good', sprite: SPRITES.diamond },
  disconnected: { tone: 'bad', sprite: SPRITES.slashedRing },
};

/** The live Socket.IO link to the api. */
export function SocketIndicator() {
  const status = useSocketStore((state) => state.status);
  const { tone, sprite } = LOOK[status];
  return (
    <StatusChip
      caption="Link"
      value={status}
      tone={tone}
      sprite={sprite}
      testId="hud-socket"
      busy={status === 'connecting'}
    />
  );
}
