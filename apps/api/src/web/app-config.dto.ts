/** What the web app needs to know of this server's configuration at run time. */
export interface AppConfigView {
  /**
   * The MapLibre style of the map (MAP_STYLE_URL, issue 23): the board's and the rider's map;
   * null without one (the pages draw a schematic plot instead).
   */
  mapStyleUrl: string | null;
}
