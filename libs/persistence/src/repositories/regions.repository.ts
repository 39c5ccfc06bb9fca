import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { districtOfSql } from './kato-place.sql';

/** A place's names in the three languages. */
export interface PlaceNames {
  kk: string;
  ru: string;
  en: string;
}

/** A code as people read it: its district in the one convention, and that district's names. */
export interface PlaceOfCode {
  code: string;
  districtKato: string;
  /** The code's own names, else its district's; null when the classifier has neither. */
  names: PlaceNames | null;
}

/** The KATO gazetteer (region table) as other records check against it. */
@Injectable()
export class RegionsRepository {
  constructor(private readonly ds: DataSource) {}

  /** Is the code a place of the gazetteer? */
  async isKnown(m: EntityManager, katoCode: string): Promise<boolean> {
    const rows: unknown[] = await m.query('SELECT 1 FROM region WHERE kato_code = $1', [katoCode]);
    return rows.length > 0;
  }

  /** Each code's district (one convention) and names in kk/ru/en, by code. */
  async placesOf(katoCodes: readonly string[]): Promise<Map<string, PlaceOfCode>> {
    if (katoCodes.length === 0) return new Map();
    const rows: {
      code: string;
      district: string;
      kk: string | null;
      ru: string | null;
      en: string | null;
    }[] = await this.ds.query(
      `SELECT c.code, d.district, coalesce(own.name_kk, dn.name_kk) AS kk,
                coalesce(own.name_ru, dn.name_ru) AS ru, coalesce(own.name_en, dn.name_en) AS en
           FROM unnest($1::char(9)[]) AS c(code)
           CROSS JOIN LATERAL (SELECT ${districtOfSql('c.code')} AS district) d
           LEFT JOIN region own ON own.kato_code = c.code
           LEFT JOIN region dn ON dn.kato_code = d.district`,
      [[...new Set(katoCodes)]],
    );
    return new Map(
      rows.map((r) => [
        r.code.trim(),
        {
          code: r.code.trim(),
          districtKato: r.district.trim(),
          names: r.kk && r.ru && r.en ? { kk: r.kk, ru: r.ru, en: r.en } : null,
        },
      ]),
    );
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
