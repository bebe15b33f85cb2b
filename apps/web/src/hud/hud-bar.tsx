import './hud.css';
import { HudActions } from './hud-actions';
import { PixelIcon } from './pixel-icon';
import { ReadinessIndicator } from './readiness-indicator';
import { ServerVersion } from './server-version';
import { SocketIndicator } from './socket-indicator';
import { SPRITES } from './sprites';

/** The top HUD: who we are on the left, the health of the pipes on the right. */
export function HudBar() {
  return (
    <header className="pixel-frame relative z-10 mx-3 mt-3 flex flex-wrap items-center justify-between gap-x-6 gap-y-2.5 px-[18px] py-2.5">
      <div className="flex items-center gap-3 text-gold">
        <PixelIcon pattern={SPRITES.seraph} scale={2} className="hud-brand__emblem" />
        <span className="hud-brand__name">Seraph</span>
      </div>
      <HudActions />
      <section
        className="flex flex-wrap items-center gap-x-3 gap-y-2"
        aria-label="Connection status"
      >
        <ReadinessIndicator />
        <SocketIndicator />
        <ServerVersion />
      </section>
    </header>
  );
}
