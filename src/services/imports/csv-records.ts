import { createReadStream } from 'node:fs';
import { CsvError, parse } from 'csv-parse';

/** A record of the file: its number (the header being 1) and its fields as text. */
export interface CsvRecord {
  readonly row: number;
  readonly fields: readonly string[];
}

/** The file is not CSV (an unclosed quote, a stray one): where it broke. */
export class MalformedCsv extends Error {
  constructor(
    readonly row: number,
    message: string,
  ) {
    super(message);
    this.name = 'MalformedCsv';
  }
}

/**
 * The records of a CSV file, streamed (csv-parse: quotes, embedded commas and line breaks, a BOM);
 * blank lines are skipped, fields trimmed. `onBytes` hears how far into the file the reader is.
 */
export async function* csvRecords(file: string, onBytes?: (bytes: number) => void): AsyncGenerator<CsvRecord> {
  const source = createReadStream(file);
  let bytes = 0;
  if (onBytes) source.on('data', (chunk) => onBytes((bytes += chunk.length)));
  const parser = source.pipe(parse({ bom: true, skip_empty_lines: true, relax_column_count: true, trim: true }));
  let row = 0;
  try {
    for await (const fields of parser as AsyncIterable<string[]>) yield { row: ++row, fields };
  } catch (error) {
    if (error instanceof CsvError) throw new MalformedCsv(row + 1, error.message);
    throw error;
  } finally {
    source.destroy();
  }
}
