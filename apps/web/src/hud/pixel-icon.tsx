import { memo } from 'react';

export interface PixelIconProps {
  /** Rows of the sprite: `#` is a lit pixel, anything else is empty. */
  pattern: readonly string[];
  /** Rendered size of one sprite pixel, in CSS pixels. */
  scale?: number;
  className?: string;
}

/** A tiny sprite drawn as crisp SVG squares in `currentColor`. Decorative: hidden from assistive tech. */
export const PixelIcon = memo(function PixelIcon({
  pattern,
  scale = 2,
  className,
}: PixelIconProps) {
  const width = Math.max(...pattern.map((row) => row.length));
  const height = pattern.length;
  const cells = pattern.flatMap((row, y) =>
    [...row].flatMap((cell, x) =>
      cell === '#' ? [<rect key={`${x}-${y}`} x={x} y={y} width={1} height={1} />] : [],
    ),
  );
  return (
    <svg
      className={className}
      width={width * scale}
      height={height * scale}
      viewBox={`0 0 ${width} ${height}`}
      shapeRendering="crispEdges"
      fill="currentColor"
      aria-hidden="true"
      focusable="false"
    >
      {cells}
    </svg>
  );
});
