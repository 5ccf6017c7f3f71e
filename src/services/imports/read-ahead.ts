/**
 * Iterates `source` one step ahead: while the caller works on one value (a chunk being written,
 * the database busy), the next is already being read and checked, so parsing overlaps the
 * database's work instead of adding to it. At most one value waits.
 */
export async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let next = iterator.next();
  try {
    for (;;) {
      const step = await next;
      if (step.done) return;
      next = iterator.next();
      // Awaited on the next turn; a caller that stops before then must not leave it unhandled.
      next.catch(() => undefined);
      yield step.value;
    }
  } finally {
    // Stopped early (a refused chunk, an error): let the pending step finish, then close the source.
    await next.catch(() => undefined);
    await iterator.return?.();
  }
}
