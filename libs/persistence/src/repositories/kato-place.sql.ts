/**
 * One KATO convention for "the district" of a place (issue 20, finding 4): the classifier's own
 * code (region table) below the region that contains the place (Semey: 101010000, the town's
 * code), and only where the classifier has none, the structural district (first four digits,
 * padded). Before, one town read 101010000 in the requests and 101000000 in the report.
 * `col` is a char(9) KATO column or expression.
 */
export function districtOfSql(col: string): string {
  return `coalesce((
    SELECT g.kato_code FROM region g
     WHERE g.kato_code NOT LIKE '__0000000'
       AND ${col} LIKE (CASE WHEN g.kato_code LIKE '%00000' THEN substr(g.kato_code, 1, 4)
                             WHEN g.kato_code LIKE '%000' THEN substr(g.kato_code, 1, 6)
                             ELSE g.kato_code END) || '%'
     ORDER BY length(rtrim(g.kato_code, '0')) DESC LIMIT 1), rpad(substr(${col}, 1, 4), 9, '0'))`;
}
