import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface PlotPoint {
  id: string;
  lat: number;
  lon: number;
  label: string;
  kind: 'pickup' | 'dropoff' | 'vehicle' | 'depot';
}

export interface PlotLine {
  id: string;
  label: string;
  points: [number, number][];
}

/** Places, routes and the name of the figure: the plot's and the map's (src/map) input. */
export interface PlotProps {
  points: PlotPoint[];
  lines?: PlotLine[];
  title: string;
}

const W = 640;
const H = 360;
const PAD = 28;
const TILE_URL = typeof __MAP_TILE_URL__ === 'string' ? __MAP_TILE_URL__ : '';

function mercator(lat: number, lon: number, zoom: number): [number, number] {
  const scale = 256 * 2 ** zoom;
  const s = Math.sin((lat * Math.PI) / 180);
  return [((lon + 180) / 360) * scale, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * scale];
}

/**
 * Vehicles and stops on one projection. With a tile server configured (MAP_TILE_URL at build
 * time) the tiles are drawn underneath; without one it is a schematic plot of the same points
 * on a plain grid, so there is never a broken map. Shapes differ by kind (not colour alone), and
 * the same points are listed as text.
 */
export function PointsPlot({ points, lines = [], title }: PlotProps) {
  const { t } = useTranslation();
  const id = useId();
  const all: [number, number][] = [
    ...points.map((p) => [p.lat, p.lon] as [number, number]),
    ...lines.flatMap((l) => l.points),
  ];
  if (all.length === 0) return null;
  // The largest zoom at which every point fits.
  let zoom = 17;
  for (; zoom > 3; zoom--) {
    const xs = all.map(([la, lo]) => mercator(la, lo, zoom));
    const w = Math.max(...xs.map((p) => p[0])) - Math.min(...xs.map((p) => p[0]));
    const h = Math.max(...xs.map((p) => p[1])) - Math.min(...xs.map((p) => p[1]));
    if (w <= W - 2 * PAD && h <= H - 2 * PAD) break;
  }
  const xy = all.map(([la, lo]) => mercator(la, lo, zoom));
  const cx = (Math.max(...xy.map((p) => p[0])) + Math.min(...xy.map((p) => p[0]))) / 2;
  const cy = (Math.max(...xy.map((p) => p[1])) + Math.min(...xy.map((p) => p[1]))) / 2;
  const ox = cx - W / 2;
  const oy = cy - H / 2;
  const at = (lat: number, lon: number) => {
    const [x, y] = mercator(lat, lon, zoom);
    return [x - ox, y - oy] as const;
  };
  const tiles: { x: number; y: number; href: string }[] = [];
  if (TILE_URL) {
    const n = 2 ** zoom;
    for (let tx = Math.floor(ox / 256); tx <= Math.floor((ox + W) / 256); tx++)
      for (let ty = Math.floor(oy / 256); ty <= Math.floor((oy + H) / 256); ty++)
        if (ty >= 0 && ty < n)
          tiles.push({
            x: tx * 256 - ox,
            y: ty * 256 - oy,
            href: TILE_URL.replace('{z}', String(zoom))
              .replace('{x}', String(((tx % n) + n) % n))
              .replace('{y}', String(ty)),
          });
  }
  return (
    <figure className="plot">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-t`}
        className="plot-svg"
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${id}-t`}>{title}</title>
        <rect x="0" y="0" width={W} height={H} className="plot-bg" />
        {tiles.map((tl) => (
          <image key={tl.href} href={tl.href} x={tl.x} y={tl.y} width="256" height="256" />
        ))}
        {!TILE_URL &&
          Array.from({ length: 9 }, (_, i) => (
            <line key={`v${i}`} x1={(W / 8) * i} y1="0" x2={(W / 8) * i} y2={H} className="plot-grid" />
          ))}
        {!TILE_URL &&
          Array.from({ length: 5 }, (_, i) => (
            <line key={`h${i}`} x1="0" y1={(H / 4) * i} x2={W} y2={(H / 4) * i} className="plot-grid" />
          ))}
        {lines.map((l, i) => (
          <polyline
            key={l.id}
            points={l.points.map(([la, lo]) => at(la, lo).join(',')).join(' ')}
            className={`plot-line plot-line-${i % 4}`}
          />
        ))}
        {points.map((p) => {
          const [x, y] = at(p.lat, p.lon);
          return (
            <g key={p.id} transform={`translate(${x},${y})`} className={`plot-point plot-${p.kind}`}>
              {p.kind === 'pickup' && <circle r="8" />}
              {p.kind === 'dropoff' && <rect x="-7" y="-7" width="14" height="14" />}
              {p.kind === 'vehicle' && <polygon points="0,-11 10,8 -10,8" />}
              {p.kind === 'depot' && <polygon points="0,-9 9,0 0,9 -9,0" />}
              <text x="12" y="4" className="plot-label">
                {p.label}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span className="muted small">{TILE_URL ? t('plot.map') : t('plot.schematic')}</span>
        <PointsList points={points} />
      </figcaption>
    </figure>
  );
}

/** The points as text: the plot's and the map's alternative (WCAG 1.1.1). */
export function PointsList({ points }: { points: PlotPoint[] }) {
  const { t } = useTranslation();
  return (
    <details>
      <summary>{t('plot.asText')}</summary>
      <ul>
        {points.map((p) => (
          <li key={p.id}>
            {t(`plot.${p.kind}`)}: {p.label} ({p.lat.toFixed(4)}, {p.lon.toFixed(4)})
          </li>
        ))}
      </ul>
    </details>
  );
}
