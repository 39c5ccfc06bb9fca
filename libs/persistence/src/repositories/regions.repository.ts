import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** The KATO gazetteer (region table) as other records check against it. */
@Injectable()
export class RegionsRepository {
  constructor(private readonly ds: DataSource) {}

  /** Is the code a place of the gazetteer? */
  async isKnown(m: EntityManager, katoCode: string): Promise<boolean> {
    const rows: unknown[] = await m.query('SELECT 1 FROM region WHERE kato_code = $1', [katoCode]);
    return rows.length > 0;
  }

  /** Russian names of the given places, by code (codes not in the gazetteer are absent). */
  async namesRu(katoCodes: readonly string[]): Promise<Map<string, string>> {
    if (katoCodes.length === 0) return new Map();
    const rows: { kato_code: string; name_ru: string }[] = await this.ds.query(
      `SELECT kato_code, name_ru FROM region WHERE kato_code = ANY($1::char(9)[])`,
      [katoCodes],
    );
    return new Map(rows.map((r) => [r.kato_code.trim(), r.name_ru]));
  }
}
