import type { CSSProperties } from 'react';
import './village.css';

/** Deterministic star field: a few dozen sky pixels, drawn as box-shadows of one element. */
function starField(count: number, seed: number): string {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const stars: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const x = (next() * 100).toFixed(2);
    const y = (next() * 58).toFixed(2);
    const alpha = (0.35 + next() * 0.6).toFixed(2);
    stars.push(`${x}vw ${y}vh 0 0 rgb(214 222 255 / ${alpha})`);
  }
  return stars.join(', ');
}

const FAR_STARS = starField(70, 7);
const NEAR_STARS = starField(22, 41);

const HOUSES = [
  { left: '14%', bottom: '30%', scale: 1 },
  { left: '27%', bottom: '33%', scale: 0.8 },
  { left: '66%', bottom: '32%', scale: 0.9 },
  { left: '79%', bottom: '29%', scale: 1.1 },
] as const;

const TREES = [
  { left: '6%', bottom: '31%', scale: 1.2 },
  { left: '22%', bottom: '34%', scale: 0.8 },
  { left: '38%', bottom: '35%', scale: 0.7 },
  { left: '58%', bottom: '35%', scale: 0.75 },
  { left: '73%', bottom: '34%', scale: 0.85 },
  { left: '90%', bottom: '30%', scale: 1.3 },
] as const;

const FIREFLIES = [
  { left: '18%', bottom: '22%', delay: '0s' },
  { left: '34%', bottom: '14%', delay: '-2.5s' },
  { left: '62%', bottom: '19%', delay: '-5s' },
  { left: '81%', bottom: '12%', delay: '-1.2s' },
  { left: '47%', bottom: '26%', delay: '-3.7s' },
] as const;

type Placed = { left: string; bottom: string; scale: number };
const place = ({ left, bottom, scale }: Placed) =>
  ({ left, bottom, '--s': scale }) as CSSProperties;

/** A calm night village drawn in CSS; the Phaser scene will take its place. Purely decorative. */
export function VillageBackdrop() {
  return (
    <div className="village" aria-hidden="true">
      <div className="village__sky" />
      <div className="village__stars" style={{ boxShadow: FAR_STARS }} />
      <div className="village__stars village__stars--twinkle" style={{ boxShadow: NEAR_STARS }} />
      <div className="village__moon-glow" />
      <div className="village__moon" />
      <div className="village__hills village__hills--far" />
      <div className="village__hills village__hills--near" />
      <div className="village__ground" />
      <div className="village__path" />
      {TREES.map((tree) => (
        <div key={`tree-${tree.left}`} className="village__tree" style={place(tree)} />
      ))}
      {HOUSES.map((house) => (
        <div key={`house-${house.left}`} className="village__house" style={place(house)}>
          <div className="village__roof" />
          <div className="village__window" />
          <div className="village__door" />
        </div>
      ))}
      <div className="village__well">
        <div className="village__well-roof" />
        <div className="village__well-post" />
        <div className="village__well-stone" />
      </div>
      {FIREFLIES.map((fly) => (
        <div
          key={`fly-${fly.left}`}
          className="village__firefly"
          style={{ left: fly.left, bottom: fly.bottom, animationDelay: fly.delay }}
        />
      ))}
      <div className="village__vignette" />
    </div>
  );
}
