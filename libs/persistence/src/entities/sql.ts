/** A SQL IN-list of string literals for check constraints built from the domain's vocabulary. */
export function inList(values: readonly string[]): string {
  return values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
}
