/** XYZ tile template from the build's MAP_TILE_URL; empty when no tile server is configured. */
declare const __MAP_TILE_URL__: string;
