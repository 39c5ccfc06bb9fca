// The street files of the regions the platform knows (real street names with approximate points
// and KATO districts; each file's `source` says how they were made). One copy: the api's embedded
// gazetteer searches them, and the simulators' geocoder stand-in builds its extract from them.
import astana from './astana-streets.json';
import semey from './semey-streets.json';

/** Astana's, and Semey's for the Abai region of the procurement story (issue 20). */
export const STREET_FILES = [astana, semey];

export { astana as ASTANA_STREETS, semey as SEMEY_STREETS };
