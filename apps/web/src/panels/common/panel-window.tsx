import { useRef, type PointerEvent, type ReactNode } from 'react';
import { PixelIcon } from '../../hud/pixel-icon';
import { usePanelsStore, type PanelId, type Point } from '../../stores/panels.store';
import { UI_SPRITES } from './ui-sprites';

const DEFAULT_POSITIONS: Record<PanelId, Point> = {
  quests: { x: 24, y: 96 },
  settings: { x: 120, y: 120 },
  chat: { x: 220, y: 144 },
};

export interface PanelWindowProps {
  id: PanelId;
  title: string;
  width: number;
  children: ReactNode;
}

/** A draggable RPG window: drag it by its title bar; clicking or focusing it brings it to the front. */
export function PanelWindow({ id, title, width, children }: PanelWindowProps) {
  const order = usePanelsStore((s) => s.open.indexOf(id));
  const position = usePanelsStore((s) => s.positions[id]) ?? DEFAULT_POSITIONS[id];
  const drag = useRef<{ dx: number; dy: number } | null>(null);
  const { bringToFront, close, moveTo } = usePanelsStore.getState();

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if ((event.target as HTMLElement).closest('button')) return;
    drag.current = { dx: event.clientX - position.x, dy: event.clientY - position.y };
    event.currentTarget.setPointerCapture?.(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    const maxX = Math.max(0, window.innerWidth - 120);
    const maxY = Math.max(0, window.innerHeight - 48);
    moveTo(id, {
      x: Math.min(maxX, Math.max(0, event.clientX - drag.current.dx)),
      y: Math.min(maxY, Math.max(0, event.clientY - drag.current.dy)),
    });
  };
  const endDrag = () => (drag.current = null);

  return (
    <section
      role="region"
      aria-label={title}
      data-testid={`panel-${id}`}
      className="pixel-frame panel-window fixed flex max-h-[calc(100vh-120px)] flex-col"
      style={{
        left: position.x,
        top: position.y,
        width: `min(${width}px, calc(100vw - 16px))`,
        zIndex: 20 + order,
      }}
      onPointerDownCapture={() => bringToFront(id)}
      onFocusCapture={() => bringToFront(id)}
    >
      <div
        className="panel-titlebar flex cursor-move items-center justify-between gap-3 px-4 py-2 select-none"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
      >
        <h2 className="pixel-heading text-gold">{title}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={`Close ${title}`}
          title={`Close ${title} (Esc)`}
          onClick={() => close(id)}
        >
          <PixelIcon pattern={UI_SPRITES.close} scale={2} />
        </button>
      </div>
      <div className="panel-body min-h-0 flex-1 overflow-auto px-4 pt-2 pb-4">{children}</div>
    </section>
  );
}
