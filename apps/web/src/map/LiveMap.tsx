import { Component, lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PointsPlot, type PlotProps } from '../PointsPlot';
import { canDrawMap, useMapStyle } from './map-config';

// MapLibre (about 1 MB) is fetched only by a page that shows a map with a configured style.
const MapView = lazy(() => import('./MapView'));

/** A map that could not load (its code, WebGL): the page goes on with the plot. */
class Fallback extends Component<{ onError: () => void; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidCatch() {
    this.props.onError();
  }
  render() {
    return this.state.failed ? null : this.props.children;
  }
}

/**
 * Places on a map when the server has a map style (MAP_STYLE_URL) and the browser can draw it;
 * otherwise, or when the style cannot be loaded, the schematic plot of the same places (said in
 * words). Both have the places as a list.
 */
export function LiveMap({ points, lines = [], title }: PlotProps) {
  const { t } = useTranslation();
  const style = useMapStyle();
  const [failed, setFailed] = useState(false);
  if (points.length === 0 && lines.length === 0) return null;
  if (style === undefined) return null; // a moment, not a flash of the plot before the map
  if (style && !failed && canDrawMap())
    return (
      <Fallback onError={() => setFailed(true)}>
        <Suspense fallback={<p className="muted">{t('map.loading')}</p>}>
          <MapView
            points={points}
            lines={lines}
            title={title}
            styleUrl={style}
            onFailed={() => setFailed(true)}
          />
        </Suspense>
      </Fallback>
    );
  return (
    <>
      {style && (
        <p className="muted small" data-testid="map-unavailable">
          {t('map.unavailable')}
        </p>
      )}
      <PointsPlot points={points} lines={lines} title={title} />
    </>
  );
}
