import { createInterface } from 'node:readline';

/** Where the CLI reads and writes (a port: tests capture it). */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** A secret typed at a prompt without echo, or read from standard input when it is not a terminal. */
  readSecret(prompt: string): Promise<string>;
  /** Whether standard output is a terminal (progress rewrites one line) or a pipe (plain lines). */
  readonly isTerminal?: boolean;
  /** A progress line that replaces the one before; `last` ends it with a newline. */
  progress?(line: string, last: boolean): void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  readSecret: (prompt) => (process.stdin.isTTY ? promptHidden(prompt) : readAll(process.stdin)),
  isTerminal: process.stdout.isTTY === true,
  progress: (line, last) => process.stdout.write(`\r\x1b[2K${line}${last ? '\n' : ''}`),
};

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  return text.replace(/\r?\n$/, '');
}

function promptHidden(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    let prompted = false;
    // Echo the prompt, not what is typed.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
      if (!prompted) process.stdout.write(s);
      prompted = true;
    };
    rl.question(prompt, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}
