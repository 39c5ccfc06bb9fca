import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// JSX through Vite's own transformer (oxc): @vitejs/plugin-react's peer range conflicts with the
// repository's Babel (Jest). The map tile server is a build-time setting of this static app:
// MAP_TILE_URL (an XYZ template such as https://tiles.example.kz/{z}/{x}/{y}.png); without it the
// board and ride pages draw a schematic plot instead of a map.
export default defineConfig({
  root,
  base: '/',
  // The service's vocabulary (roles, statuses, purposes...) from its one source.
  resolve: {
    alias: { '@invataxi/domain': fileURLToPath(new URL('../../libs/domain/src', import.meta.url)) },
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
      ].map((p) => [p, { target: process.env.API_URL ?? 'http://127.0.0.1:3000', changeOrigin: false }]),
    ),
  },
});
