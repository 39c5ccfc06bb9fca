import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The KATO classifier the platform starts from (shared/DOMAIN.md, "Identifiers"): the 20
 * regions and cities of republican significance, the cities DOMAIN.md names, and the districts
 * of Astana used by the demo. Frozen here as data: later reforms come as new migrations.
 */
const REGIONS: [code: string, parent: string | null, kk: string, ru: string, en: string][] = [
  ['710000000', null, 'Астана', 'Астана', 'Astana'],
  ['750000000', null, 'Алматы', 'Алматы', 'Almaty'],
  ['790000000', null, 'Шымкент', 'Шымкент', 'Shymkent'],
  ['100000000', null, 'Абай облысы', 'Абайская область', 'Abai Region'],
  ['110000000', null, 'Ақмола облысы', 'Акмолинская область', 'Akmola Region'],
  ['150000000', null, 'Ақтөбе облысы', 'Актюбинская область', 'Aktobe Region'],
  ['190000000', null, 'Алматы облысы', 'Алматинская область', 'Almaty Region'],
  ['230000000', null, 'Атырау облысы', 'Атырауская область', 'Atyrau Region'],
  ['270000000', null, 'Батыс Қазақстан облысы', 'Западно-Казахстанская область', 'West Kazakhstan Region'],
  ['310000000', null, 'Жамбыл облысы', 'Жамбылская область', 'Zhambyl Region'],
  ['330000000', null, 'Жетісу облысы', 'Область Жетісу', 'Zhetisu Region'],
  ['350000000', null, 'Қарағанды облысы', 'Карагандинская область', 'Karaganda Region'],
  ['390000000', null, 'Қостанай облысы', 'Костанайская область', 'Kostanay Region'],
  ['430000000', null, 'Қызылорда облысы', 'Кызылординская область', 'Kyzylorda Region'],
  ['470000000', null, 'Маңғыстау облысы', 'Мангистауская область', 'Mangystau Region'],
  ['550000000', null, 'Павлодар облысы', 'Павлодарская область', 'Pavlodar Region'],
  [
    '590000000',
    null,
    'Солтүстік Қазақстан облысы',
    'Северо-Казахстанская область',
    'North Kazakhstan Region',
  ],
  ['610000000', null, 'Түркістан облысы', 'Туркестанская область', 'Turkestan Region'],
  ['620000000', null, 'Ұлытау облысы', 'Улытауская область', 'Ulytau Region'],
  ['630000000', null, 'Шығыс Қазақстан облысы', 'Восточно-Казахстанская область', 'East Kazakhstan Region'],
  ['101010000', '100000000', 'Семей', 'Семей', 'Semey'],
  ['271010000', '270000000', 'Орал', 'Уральск', 'Oral'],
  ['311010000', '310000000', 'Тараз', 'Тараз', 'Taraz'],
  ['612010000', '610000000', 'Кентау', 'Кентау', 'Kentau'],
  ['711210000', '710000000', 'Алматы ауданы', 'район Алматы', 'Almaty District'],
  ['711310000', '710000000', 'Сарыарқа ауданы', 'район Сарыарка', 'Saryarka District'],
  ['711410000', '710000000', 'Есіл ауданы', 'район Есиль', 'Yesil District'],
  ['711510000', '710000000', 'Байқоңыр ауданы', 'район Байконыр', 'Baikonyr District'],
  ['711610000', '710000000', 'Нұра ауданы', 'район Нура', 'Nura District'],
];

export class SeedRegions1795586400000 implements MigrationInterface {
  name = 'SeedRegions1795586400000';

  async up(q: QueryRunner): Promise<void> {
    for (const [code, parent, kk, ru, en] of REGIONS) {
      await q.query(
        'INSERT INTO region (kato_code, parent_code, name_kk, name_ru, name_en) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (kato_code) DO NOTHING',
        [code, parent, kk, ru, en],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    const codes = REGIONS.map(([code]) => code).reverse();
    for (const code of codes) await q.query('DELETE FROM region WHERE kato_code = $1', [code]);
  }
}
