/**
 * The Content-Security-Policy of every answer (issue 19, item 6). The web app is one built
 * bundle: its scripts and styles are files of this origin, it talks only to this origin, and
 * no page may be framed. No inline script or style, no eval, no plugins, no <base>; forms post
 * only here. Images may also come from https origins (map tiles, MAP_TILE_URL at build time) and
 * data: (the TOTP enrolment's QR code). The refresh cookie is httpOnly, so even a script that
 * got in could not read it; this keeps scripts from getting in. The app is installable (issue
 * 23): its service worker (/sw.js) and web app manifest are files of this origin, named here
 * rather than left to fall back to script-src and default-src.
 */
const APP_CSP: Record<string, string[]> = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'https:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  scriptSrcAttr: ["'none'"],
};

/**
 * The policy for a configuration: with a map style (MAP_STYLE_URL, issue 23) the map fetches the
 * style, its tiles, glyphs and sprites from the style's origin and MAP_TILE_ORIGINS (connect-src;
 * MapLibre reads them with fetch). Its worker is a file of this origin (script-src 'self').
 * Origins only, as the configuration checked them: never a path or a keyword.
 */
export function appCsp(config: {
  MAP_STYLE_URL: string;
  MAP_TILE_ORIGINS: readonly string[];
}): Record<string, string[]> {
  if (!config.MAP_STYLE_URL) return APP_CSP;
  const origins = [
    new URL(config.MAP_STYLE_URL).origin,
    ...config.MAP_TILE_ORIGINS.map((o) => new URL(o).origin),
  ];
  return {
    ...APP_CSP,
    connectSrc: [...new Set(["'self'", ...origins])],
    // Raster tiles or sprites a browser loads as images: the https origins are already allowed.
    imgSrc: [...new Set([...APP_CSP.imgSrc, ...origins.filter((o) => o.startsWith('http:'))])],
  };
}

/**
 * Swagger UI (/docs) gets its own policy: its page carries inline <style> blocks and its widgets
 * set style attributes, so styles may be inline there; scripts stay files of this origin.
 */
export const DOCS_CSP =
  "default-src 'self'; script-src 'self'; script-src-attr 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Whether a request path is Swagger UI's (its page and assets, not the JSON document). */
export function isDocsPage(url: string): boolean {
  return (
    url === '/docs' ||
    (url.startsWith('/docs/') && !url.startsWith('/docs/openapi.json')) ||
    url.startsWith('/docs?')
  );
}
