import { useEffect, useState } from 'react';
import { appConfig } from '../app-clock';

/**
 * The map's style (MAP_STYLE_URL on the server, GET /app-config), asked once per page load: the
 * build is the same for every deployment. A failed answer is "no map" (the schematic plot), and
 * the next page that needs it asks again.
 */
function mapStyleUrl(): Promise<string | null> {
  return appConfig().then((c) => c?.mapStyleUrl ?? null);
}

let webgl: boolean | null = null;

/**
 * Whether this browser can draw a MapLibre map (WebGL 2); without it the page keeps the plot.
 * Asked once: a browser keeps only so many WebGL contexts, and the oldest (the map's) is lost.
 */
export function canDrawMap(): boolean {
  if (webgl === null) {
    try {
      const gl = document.createElement('canvas').getContext('webgl2');
      webgl = !!gl;
      gl?.getExtension('WEBGL_lose_context')?.loseContext();
    } catch {
      webgl = false;
    }
  }
  return webgl;
}

/** The configured style, `undefined` while asking, `null` when there is none. */
export function useMapStyle(): string | null | undefined {
  const [style, setStyle] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void mapStyleUrl().then((s) => live && setStyle(s));
    return () => {
      live = false;
    };
  }, []);
  return style;
}
