import pg from 'pg';

/** One statement on the server named by `url`, outside any pool (create and drop database). */
export async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Drops a database once its pools' connections have really gone: a pool's `end` resolves before
 * its sockets close, and forcing the drop then kills them mid-goodbye (an unhandled 57P01 error
 * in the process that owned them). Force only as a last resort. Used by the tests and the bench.
 */
export async function dropWhenIdle(url: string, name: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await adminQuery(url, `drop database if exists ${name}`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006') throw error; // 55006: still in use
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await adminQuery(url, `drop database if exists ${name} with (force)`);
}
