// The akimat's act-signing pair in tests: a self-signed certificate made with node-forge, as the
// demo makes its own; one per test process (an RSA key takes a moment to make).
import { selfSignedActSigningPair } from '@invataxi/portal';

let made: { key: string; cert: string } | null = null;

export function actSigningPair(): { key: string; cert: string } {
  made ??= selfSignedActSigningPair('Test akimat billing acts');
  return made;
}
