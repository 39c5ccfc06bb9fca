/** What the web app needs to know of this server's configuration at run time. */
export interface AppConfigView {
  /**
   * The MapLibre style of the map (MAP_STYLE_URL, issue 23): the board's and the rider's map;
   * null without one (the pages draw a schematic plot instead).
   */
  mapStyleUrl: string | null;
  /**
   * The platform's clock at the answer (ISO 8601). A demo moves it (DEMO_CLOCK_OFFSET_MS): the
   * pages say "today", countdowns and the phone's position times on it, not on the device's.
   */
  now: string;
}
