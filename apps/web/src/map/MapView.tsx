import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LngLatBounds,
  Map as MapLibre,
  Marker,
  NavigationControl,
  setWorkerUrl,
  type GeoJSONSource,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
// The worker is a file of this origin (the Content-Security-Policy allows no blob: worker).
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection } from 'geojson';
import { PointsList, type PlotLine, type PlotPoint, type PlotProps } from '../PointsPlot';

setWorkerUrl(workerUrl);

const POINTS = 'invataxi-points';
const LINES = 'invataxi-lines';
const KINDS: PlotPoint['kind'][] = ['depot', 'dropoff', 'pickup', 'vehicle'];
/** The schematic plot's route styles: colour and dash, so routes differ by more than colour. */
const ROUTE_STYLES: { color: string; dash?: number[] }[] = [
  { color: '#0b4f8a' },
  { color: '#7a4b00', dash: [3, 1.5] },
  { color: '#1d6b2f', dash: [1, 1.5] },
  { color: '#6b21a8', dash: [5, 2] },
];
const INK = '#1a1a1a';
const BRAND = '#0b4f8a';

/** The plot's shapes as map icons: pick-up circle, drop-off square, vehicle triangle, shift start diamond. */
function shapeImage(kind: PlotPoint['kind']): ImageData {
  const size = 56;
  const c = document.createElement('canvas');
  c.width = size;
  c.height = size;
  const g = c.getContext('2d')!;
  g.lineWidth = 5;
  g.strokeStyle = INK;
  g.fillStyle = kind === 'vehicle' ? BRAND : '#fff';
  g.beginPath();
  const m = size / 2;
  if (kind === 'pickup') g.arc(m, m, 16, 0, 2 * Math.PI);
  else if (kind === 'dropoff') g.rect(m - 14, m - 14, 28, 28);
  else if (kind === 'vehicle') {
    g.moveTo(m, m - 22);
    g.lineTo(m + 20, m + 16);
    g.lineTo(m - 20, m + 16);
  } else {
    g.moveTo(m, m - 18);
    g.lineTo(m + 18, m);
    g.lineTo(m, m + 18);
    g.lineTo(m - 18, m);
  }
  g.closePath();
  g.fill();
  g.stroke();
  return g.getImageData(0, 0, size, size);
}

function pointsData(points: PlotPoint[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: points.map((p) => ({
      type: 'Feature',
      id: p.id,
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: { pid: p.id, kind: p.kind, label: p.label },
    })),
  };
}

function linesData(lines: PlotLine[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: lines.map((l, i) => ({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: l.points.map(([lat, lon]) => [lon, lat]) },
      properties: { id: l.id, style: i % ROUTE_STYLES.length },
    })),
  };
}

function boundsOf(points: PlotPoint[], lines: PlotLine[]): LngLatBounds | null {
  const all = [
    ...points.map((p) => [p.lon, p.lat]),
    ...lines.flatMap((l) => l.points.map(([la, lo]) => [lo, la])),
  ];
  if (all.length === 0) return null;
  const b = new LngLatBounds();
  for (const [lon, lat] of all) b.extend([lon, lat]);
  return b;
}

/** What decides the camera: the places, not the vehicles (a vehicle moving must not re-centre the map). */
const placesKey = (points: PlotPoint[]) =>
  points
    .filter((p) => p.kind !== 'vehicle')
    .map((p) => p.id)
    .sort()
    .join(',');

/**
 * The map (issue 23): MapLibre over the configured style, the routes as lines, stops, shift
 * starts and vehicles as the plot's shapes, vehicles named by a label. The canvas is named by
 * `title`; arrow keys move it, + and - zoom, Tab leaves it (no trap); the same places as a list
 * below. `onFailed`: the style could not be loaded (the page shows the schematic plot).
 * What it drew is on the figure (data-drawn-*: rendered features by kind, read back from the map).
 */
export default function MapView({
  points,
  lines = [],
  title,
  styleUrl,
  onFailed,
}: PlotProps & { styleUrl: string; onFailed: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const figure = useRef<HTMLElement>(null);
  const map = useRef<MapLibre | null>(null);
  const labels = useRef(new Map<string, Marker>());
  const [ready, setReady] = useState(false);
  const fitted = useRef('');
  const failedRef = useRef(onFailed);
  failedRef.current = onFailed;

  useEffect(() => {
    let loaded = false;
    let m: MapLibre;
    try {
      m = new MapLibre({
        container: box.current!,
        style: styleUrl,
        bounds: boundsOf(points, lines) ?? undefined,
        fitBoundsOptions: { padding: 40, maxZoom: 15 },
        attributionControl: { compact: true },
        cooperativeGestures: true,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        maxZoom: 18,
        locale: {
          'Map.Title': title,
          'NavigationControl.ZoomIn': t('map.zoomIn'),
          'NavigationControl.ZoomOut': t('map.zoomOut'),
          'NavigationControl.ResetBearing': t('map.resetBearing'),
          'AttributionControl.ToggleAttribution': t('map.attribution'),
          'CooperativeGesturesHandler.WindowsHelpText': t('map.ctrlScroll'),
          'CooperativeGesturesHandler.MacHelpText': t('map.cmdScroll'),
          'CooperativeGesturesHandler.MobileHelpText': t('map.twoFingers'),
        },
      });
    } catch {
      failedRef.current(); // no WebGL after all
      return;
    }
    map.current = m;
    m.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    // Before the style has loaded an error is the style's (unreachable, refused): no map then.
    // After it, a tile that fails leaves a gap, not a broken page.
    m.on('error', () => {
      if (!loaded) failedRef.current();
    });
    m.on('load', () => {
      loaded = true;
      for (const k of KINDS) m.addImage(`invataxi-${k}`, shapeImage(k), { pixelRatio: 2 });
      m.addSource(LINES, { type: 'geojson', data: linesData([]) });
      m.addSource(POINTS, { type: 'geojson', data: pointsData([]) });
      ROUTE_STYLES.forEach((s, i) =>
        m.addLayer({
          id: `${LINES}-${i}`,
          type: 'line',
          source: LINES,
          filter: ['==', ['get', 'style'], i],
          layout: { 'line-join': 'round', 'line-cap': 'round' },
          paint: { 'line-color': s.color, 'line-width': 3, ...(s.dash ? { 'line-dasharray': s.dash } : {}) },
        }),
      );
      m.addLayer({
        id: POINTS,
        type: 'symbol',
        source: POINTS,
        layout: {
          'icon-image': ['concat', 'invataxi-', ['get', 'kind']],
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
          // Vehicles on top, shift starts under everything.
          'symbol-sort-key': ['match', ['get', 'kind'], 'vehicle', 3, 'pickup', 2, 'dropoff', 1, 0],
        },
      });
      setReady(true);
    });
    // What the map drew, read back from it once it is idle (the browser test checks these).
    m.on('idle', () => {
      const el = figure.current;
      if (!el || !m.getLayer(POINTS)) return;
      // A point near a tile's edge may come back once per tile: counted once.
      const drawn = m.queryRenderedFeatures({ layers: [POINTS] });
      const count = (k: string) =>
        new Set(drawn.filter((f) => f.properties.kind === k).map((f) => f.properties.pid)).size;
      el.dataset.drawnVehicles = String(count('vehicle'));
      el.dataset.drawnStops = String(count('pickup') + count('dropoff'));
      el.dataset.drawnRoutes = String(
        new Set(
          m
            .queryRenderedFeatures({ layers: ROUTE_STYLES.map((_, i) => `${LINES}-${i}`) })
            .map((f) => f.properties.id),
        ).size,
      );
      el.dataset.mapState = 'ready';
    });
    const shown = labels.current;
    return () => {
      shown.clear();
      m.remove();
      map.current = null;
    };
    // The map is made once per style; points and lines are set below.
  }, [styleUrl]);

  // The data, and the camera when the places change (a new day, a new route), not on a ping.
  useEffect(() => {
    const m = map.current;
    if (!m || !ready) return;
    void (m.getSource(POINTS) as GeoJSONSource).setData(pointsData(points));
    void (m.getSource(LINES) as GeoJSONSource).setData(linesData(lines));
    const key = placesKey(points);
    const b = boundsOf(points, lines);
    if (b && key !== fitted.current) {
      fitted.current = key;
      m.fitBounds(b, { padding: 40, maxZoom: 15, duration: 0 });
    }
    // Vehicles are named on the map (their plate), the text beside the shape; the list says it too.
    const vehicles = points.filter((p) => p.kind === 'vehicle' && p.label);
    for (const [pid, marker] of labels.current)
      if (!vehicles.some((v) => v.id === pid)) {
        marker.remove();
        labels.current.delete(pid);
      }
    for (const v of vehicles) {
      let marker = labels.current.get(v.id);
      if (!marker) {
        const el = document.createElement('span');
        el.className = 'map-label';
        el.setAttribute('aria-hidden', 'true');
        marker = new Marker({ element: el, anchor: 'left', offset: [14, 0] });
        labels.current.set(v.id, marker.setLngLat([v.lon, v.lat]).addTo(m));
      }
      marker.getElement().textContent = v.label;
      marker.setLngLat([v.lon, v.lat]);
    }
  }, [points, lines, ready]);

  return (
    <figure className="map" ref={figure} data-map-state="loading" data-testid="map">
      <div ref={box} className="map-canvas" aria-describedby={`${id}-keys`} />
      <figcaption>
        <span className="muted small" id={`${id}-keys`}>
          {t('map.keys')}
        </span>
        <PointsList points={points} />
      </figcaption>
    </figure>
  );
}
