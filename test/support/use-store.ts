import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { FillMode } from '../../src/config.js';
import type { Store } from '../../src/db/database.js';
import { fixtures, type Fixtures, type TestClock } from './fixtures.js';
import { httpApp, type Http } from './http-app.js';
import { invariantViolations } from './invariants.js';
import { freshStore } from './test-store.js';

export interface TestStoreOptions {
  /** Connections in the PostgreSQL pool (freshStore's default when left out). */
  readonly poolSize?: number;
  readonly fillMode?: FillMode;
  readonly clock?: TestClock;
  /** Checks the invariants after every test, with this fill-mode promise. */
  readonly invariants?: { immediate: boolean };
  /** Writes the file's master data once, after the store is opened. */
  readonly seed?: (f: Fixtures) => Promise<void>;
}

/**
 * Opens a fresh store with fixtures before the file's tests and closes it after them, seeding it
 * once and, when asked, checking the invariants after each test. Read `store` and `f` in hooks and tests.
 */
export function useTestStore(options: TestStoreOptions = {}): { readonly store: Store; readonly f: Fixtures } {
  let store: Store | undefined;
  let f: Fixtures | undefined;
  beforeAll(async () => {
    store = await freshStore(options.poolSize);
    f = fixtures(store, options.fillMode, options.clock);
    await options.seed?.(f);
  });
  afterAll(() => store?.close());
  const invariants = options.invariants;
  if (invariants) {
    afterEach(async () => {
      expect(await invariantViolations(ready(store).db, invariants)).toEqual([]);
    });
  }
  return {
    get store() {
      return ready(store);
    },
    get f() {
      return ready(f);
    },
  };
}

export interface TestAppOptions extends Pick<TestStoreOptions, 'invariants'> {
  /** Writes the file's master data once through the API, after the app is up. */
  readonly seed?: (http: Http) => Promise<void>;
}

/**
 * `useTestStore` with the whole HTTP app over the store (immediate fill, a test clock of its own),
 * built and seeded before the file's tests and closed before the store after them.
 */
export function useTestApp(options: TestAppOptions = {}): { readonly store: Store; readonly http: Http } {
  const t = useTestStore({ invariants: options.invariants });
  let http: Http | undefined;
  beforeAll(async () => {
    http = await httpApp(t.store);
    await options.seed?.(http);
  });
  afterAll(async () => {
    await http?.close(); // vitest runs after-hooks in reverse order: the app closes before the store
  });
  return {
    get store() {
      return t.store;
    },
    get http() {
      return ready(http);
    },
  };
}

/** A value set in `beforeAll`; read before then (at a file's top level), it throws instead of being undefined. */
function ready<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('the test store is set up in beforeAll: use it inside a hook or a test');
  return value;
}
