/**
 * Migrations: `run`, `revert`, `check` (the schema the entities describe equals the one the
 * migrations build; CI fails on drift) and `generate <Name>` (writes a migration file from
 * the drift, for review).
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfigOrExit } from '@invataxi/config';
import { createDataSource, runMigrations } from '@invataxi/persistence';

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  const config = loadConfigOrExit();
  const ds = createDataSource({
    url: config.DATABASE_URL,
    poolSize: 2,
    applicationName: 'migrate',
  });
  await ds.initialize();
  try {
    switch (command) {
      case 'run': {
        const applied = await runMigrations(ds);
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migrations.');
        break;
      }
      case 'revert':
        await ds.undoLastMigration({ transaction: 'each' });
        console.log('Reverted the last migration.');
        break;
      case 'check':
      case 'generate': {
        await runMigrations(ds);
        const sql = await ds.driver.createSchemaBuilder().log();
        if (command === 'check') {
          if (sql.upQueries.length > 0) {
            console.error('Entities and migrations disagree. Missing from migrations:');
            for (const q of sql.upQueries) console.error(`  ${q.query}`);
            process.exitCode = 1;
          } else console.log('migration:check entities and migrations agree');
          break;
        }
        if (!name) throw new Error('usage: generate <Name>');
        const ts = Date.now();
        const up = sql.upQueries.map((q) => `    await q.query(${JSON.stringify(q.query)});`).join('\n');
        const down = sql.downQueries
          .reverse()
          .map((q) => `    await q.query(${JSON.stringify(q.query)});`)
          .join('\n');
        const file = join(__dirname, '..', 'libs/persistence/src/migrations', `${ts}-${name}.ts`);
        writeFileSync(
          file,
          `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${ts} implements MigrationInterface {\n  name = '${name}${ts}';\n\n  async up(q: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(q: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
        );
        console.log(`Wrote ${file}`);
        break;
      }
      default:
        throw new Error('usage: migrate run|revert|check|generate <Name>');
    }
  } finally {
    await ds.destroy();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
