import { describe, expect, it } from 'vitest';
import { splitStatements } from '../../src/db/sql-script.js';

describe('splitStatements', () => {
  it('splits at line-ending semicolons but keeps function bodies whole', () => {
    const script = `
      create table a (id int);
      create function f() returns trigger language plpgsql as $$
      begin
        raise exception 'no';
      end $$;
      create index a_id on a (id);
    `;
    expect(splitStatements(script)).toEqual([
      'create table a (id int)',
      "create function f() returns trigger language plpgsql as $$\n      begin\n        raise exception 'no';\n      end $$",
      'create index a_id on a (id)',
    ]);
  });
});
