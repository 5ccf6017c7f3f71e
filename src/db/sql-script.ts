import { sql, type Kysely } from 'kysely';

/**
 * Runs a script of plain DDL statements one by one: PGlite's extended protocol takes a single
 * statement per query. Statements are split at a semicolon that ends a line.
 */
export async function executeScript(db: Kysely<unknown>, script: string): Promise<void> {
  const statements = script.split(/;\s*$/m).map((s) => s.trim()).filter((s) => s.length > 0);
  for (const statement of statements) await sql.raw(statement).execute(db);
}
