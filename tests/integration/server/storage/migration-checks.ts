import { afterEach, describe, expect, it } from 'vitest';
import type { SqlDriver } from '../../../../server/storage/driver.ts';
import { migrations } from '../../../../server/storage/migrations/index.ts';
import { applyMigrations, renderSql } from '../../../../server/storage/migrations/runner.ts';

/** A driver on a fresh, empty database, and how to ask it whether a table exists. */
export interface MigrationTarget {
  readonly driver: SqlDriver;
  tableExists(name: string): Promise<boolean>;
  dispose(): Promise<void>;
}

/** The migration runner on one dialect: idempotent, and all-or-nothing. */
export function migrationChecks(name: string, open: () => Promise<MigrationTarget>): void {
  describe(`${name}: migrations`, () => {
    let target: MigrationTarget | undefined;
    const fresh = async (): Promise<MigrationTarget> => (target = await open());
    afterEach(async () => {
      await target?.dispose();
      target = undefined;
    });

    it('applies every migration once, and nothing when run again', async () => {
      const { driver, tableExists } = await fresh();

      expect(await applyMigrations(driver)).toEqual(migrations.map((m) => m.version));
      expect(await applyMigrations(driver)).toEqual([]);

      const rows = await driver.all('SELECT version, name FROM schema_migrations ORDER BY version');
      expect(rows.map((r) => [Number(r['version']), r['name']])).toEqual(
        migrations.map((m) => [m.version, m.name]),
      );
      for (const table of ['enrolments', 'sessions', 'applications'])
        expect(await tableExists(table)).toBe(true);
    });

    it('applies pending migrations all or nothing', async () => {
      const { driver, tableExists } = await fresh();
      const good = { version: 9001, name: 'good', sql: 'CREATE TABLE extra_good (x INTEGER)' };
      const broken = { version: 9002, name: 'broken', sql: 'CREATE TABLE extra_broken (' };

      await expect(applyMigrations(driver, [...migrations, good, broken])).rejects.toThrow();

      expect(await tableExists('extra_good')).toBe(false);
      expect(await tableExists('enrolments')).toBe(false);
      expect(await applyMigrations(driver, [...migrations, good])).toEqual([
        ...migrations.map((m) => m.version),
        9001,
      ]);
      expect(await tableExists('extra_good')).toBe(true);
    });

    it('spells binary columns per dialect and rejects unknown placeholders', () => {
      expect(renderSql('x {{bytes}}', 'sqlite')).toBe('x BLOB');
      expect(renderSql('x {{bytes}}', 'postgres')).toBe('x BYTEA');
      expect(() => renderSql('x {{blob}}', 'sqlite')).toThrow(/unknown type/);
    });
  });
}
