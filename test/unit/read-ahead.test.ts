import { describe, expect, it } from 'vitest';
import { readAhead } from '../../src/services/imports/read-ahead.js';

/** A source that records how far it was read and whether it was closed. */
function counted(values: readonly number[], failAt?: number) {
  const state = { read: 0, closed: false };
  async function* source() {
    try {
      for (const value of values) {
        if (value === failAt) throw new Error(`bad chunk ${value}`);
        state.read++;
        yield value;
      }
    } finally {
      state.closed = true;
    }
  }
  return { state, source: source() };
}

describe('readAhead', () => {
  it('yields every value in order, reading one ahead of the caller', async () => {
    const { state, source } = counted([1, 2, 3]);
    const seen: { value: number; read: number }[] = [];
    for await (const value of readAhead(source)) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      seen.push({ value, read: state.read });
    }
    expect(seen).toEqual([
      { value: 1, read: 2 },
      { value: 2, read: 3 },
      { value: 3, read: 3 },
    ]);
    expect(state.closed).toBe(true);
  });

  it('closes the source when the caller stops early, with no step left pending', async () => {
    const { state, source } = counted([1, 2, 3, 4]);
    for await (const value of readAhead(source)) if (value === 2) break;
    expect(state).toEqual({ read: 3, closed: true });
  });

  it('passes on a failure of the source once the caller reaches it, and not when it stopped before', async () => {
    const failing = counted([1, 2, 3], 3);
    const seen: number[] = [];
    await expect(async () => {
      for await (const value of readAhead(failing.source)) seen.push(value);
    }).rejects.toThrow('bad chunk 3');
    expect(seen).toEqual([1, 2]);

    const stopped = counted([1, 2], 2);
    for await (const value of readAhead(stopped.source)) if (value === 1) break;
    expect(stopped.state.closed).toBe(true);
  });
});
