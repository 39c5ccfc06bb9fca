import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const root = fileURLToPath(new URL('.', import.meta.url));

// JSX through Vite's own transformer (oxc): @vitejs/plugin-react's peer range conflicts with the
// repository's Babel (Jest). The map tile server is a build-time setting of this static app:
// MAP_TILE_URL (an XYZ template such as https://tiles.example.kz/{z}/{x}/{y}.png); without it the
// board and ride pages draw a schematic plot instead of a map.
export default defineConfig({
  root,
  base: '/',
  plugins: [VitePWA(pwa())],
  // The service's vocabulary (roles, statuses, purposes...) from its one source; the gazetteer's
  // street names, to say a stored address in the reader's language (place-names.ts).
  resolve: {
    alias: {
      '@invataxi/domain': fileURLToPath(new URL('../../libs/domain/src', import.meta.url)),
      '@invataxi/streets': fileURLToPath(new URL('../../libs/streets/src', import.meta.url)),
    },
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  define: {
    __MAP_TILE_URL__: JSON.stringify(process.env.MAP_TILE_URL ?? ''),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: Object.fromEntries(
      [
        '/bookings',
        '/beneficiaries',
        '/regions',
        '/providers',
        '/fleet',
        '/dispatch',
        '/driver',
        '/procurement',
        '/portal',
        '/reports',
        '/gazetteer',
        '/notifications',
        '/me',
        '/app-config',
      ].map((p) => [p, { target: process.env.API_URL ?? 'http://127.0.0.1:3000', changeOrigin: false }]),
    ),
  },
});

/**
 * The installable app (issue 23): a web app manifest and a service worker (workbox, generated)
 * that keeps the app's files (its shell) so a driver's page opens and runs without a connection.
 * Only the app's own files are cached by the worker; the API's answers never are (the driver
 * page keeps its shift's manifest and its queued changes in IndexedDB itself). The page registers
 * the worker itself (apps/web/src/offline/service-worker.ts): no inline script under the CSP.
 */
function pwa(): Parameters<typeof VitePWA>[0] {
  return {
    injectRegister: false,
    registerType: 'autoUpdate',
    filename: 'sw.js',
    manifestFilename: 'manifest.webmanifest',
    manifest: {
      id: '/',
      name: 'Invataxi — инватакси',
      short_name: 'Invataxi',
      description: 'Мүмкіндігі шектеулі адамдарға арналған такси · Такси для людей с инвалидностью',
      lang: 'kk',
      dir: 'ltr',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      orientation: 'portrait',
      background_color: '#ffffff',
      theme_color: '#0b2e59',
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
      shortcuts: [{ name: 'Жүргізуші · Водитель · Driver', url: '/driver' }],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}'],
      // The map (MapLibre, 1 MB; src/map) is fetched by a page that shows one, never installed with
      // the shell: a driver's phone does not pay for it, and a map needs the tile server's network anyway.
      globIgnores: ['**/MapView-*'],
      navigateFallback: '/index.html',
      // Only the app's own pages: an API path a browser opens (/docs, /auth/egov/callback,
      // /driver/manifest) goes to the server, as it does without the worker.
      navigateFallbackAllowlist: [
        /^\/(?:(?:book|driver|fleet|profile|registry|desk|staff)\/?|(?:signin|invite|rides|board|officer)(?:\/[^?]*)?)?(?:\?.*)?$/,
      ],
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      skipWaiting: true,
    },
  };
}
