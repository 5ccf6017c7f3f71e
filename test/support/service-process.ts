import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

/** The repository's root, where `npm run build` writes `dist/`. */
const root = new URL('../..', import.meta.url).pathname;

/** Builds the service as `npm install` does (TypeScript to `dist/`), so a test runs what production runs. */
export function buildService(): void {
  execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.build.json`], { cwd: root, stdio: 'inherit' });
}

/**
 * The built service started with plain `node`, as a process manager starts it, on a port of its
 * own choosing, logging JSON lines that the test reads (`lines`, `waitForLog`).
 */
export class ServiceProcess {
  readonly lines: Record<string, unknown>[] = [];
  readonly stderr: string[] = [];
  private readonly child: ChildProcess;
  private readonly waiters = new Set<() => void>();
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(env: Record<string, string>) {
    // Only what the service is given: no ALLOT_ variable of the test's own environment leaks in.
    const base = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' };
    this.child = spawn(process.execPath, ['dist/src/main.js'], { cwd: root, env: { ...base, PORT: '0', HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    this.exited = once(this.child, 'exit').then(([code, signal]) => ({ code: code as number | null, signal: signal as NodeJS.Signals | null }));
    createInterface({ input: this.child.stdout! }).on('line', (line) => {
      try {
        this.lines.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        this.lines.push({ msg: line });
      }
      for (const wake of this.waiters) wake();
    });
    createInterface({ input: this.child.stderr! }).on('line', (line) => {
      this.stderr.push(line);
      for (const wake of this.waiters) wake();
    });
    void this.exited.then(() => this.waiters.forEach((wake) => wake()));
  }

  /** Resolves with the first log line that matches, failing if the process exits first. */
  async waitForLog(match: (line: Record<string, unknown>) => boolean, what: string): Promise<Record<string, unknown>> {
    let exited = false;
    void this.exited.then(() => (exited = true));
    for (;;) {
      const found = this.lines.find(match);
      if (found) return found;
      if (exited || this.child.exitCode !== null) throw new Error(`the service exited before ${what}: ${this.stderr.join('\n')}`);
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.waiters.delete(wake);
          resolve();
        };
        this.waiters.add(wake);
      });
    }
  }

  /** The base URL, once the service listens. */
  async url(): Promise<string> {
    const line = await this.waitForLog((l) => typeof l.msg === 'string' && l.msg.startsWith('Server listening at http://127.0.0.1:'), 'listening');
    return String(line.msg).replace('Server listening at ', '');
  }

  signal(name: NodeJS.Signals): void {
    this.child.kill(name);
  }

  /** Last resort when a test fails: never leave the process behind. */
  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }
}
