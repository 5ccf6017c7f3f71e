import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { createServer } from 'node:net';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ALLOT = 'dist/src/main.js';

/** An Allot API process started the way `npm start` starts it, on a port of its own. */
export interface RunningService {
  readonly url: string;
  /** An admin API key of its own (the bench measures the API as an integration calls it). */
  readonly headers: Readonly<Record<string, string>>;
  readonly pid: number;
  stop(): Promise<void>;
}

/**
 * Allot runs as `npm start` runs it: the built JavaScript under plain node (bench/run.ts builds it
 * first). The comparison servers of bench/lib are TypeScript, run with tsx.
 */
export async function startService(env: Readonly<Record<string, string>>, entry = ALLOT): Promise<RunningService> {
  const port = await freePort();
  const nodeArgs = (process.env.ALLOT_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  // Rate limits off: the load generator is one caller sending thousands of orders a second.
  const serviceEnv = { ...benchFree(process.env), ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ALLOT_DEMO: '0', ALLOT_RATE_LIMIT_PER_MINUTE: '0' };
  const headers: Record<string, string> = entry === ALLOT ? { authorization: `Bearer ${adminKey(serviceEnv, `bench ${port}`)}` } : {};
  const loader = entry.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, ...loader, entry], {
    cwd: root,
    env: serviceEnv,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await healthy(child, url);
  return {
    url,
    headers,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The environment without the bench's own ALLOT_BENCH_ settings, which the service would refuse as unknown. */
function benchFree(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('ALLOT_BENCH_')));
}

/** An admin key made with the CLI before the service starts (the embedded database allows one process at a time). */
function adminKey(env: NodeJS.ProcessEnv, name: string): string {
  const made = spawnSync(process.execPath, ['dist/src/cli/main.js', 'keys', 'create', '--name', name, '--role', 'admin', '--json'], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  if (made.status !== 0) throw new Error(`allot keys create failed: ${made.stderr}`);
  return (JSON.parse(made.stdout) as { secret: string }).secret;
}

/** Waits until the process answers its health check (two minutes at most: a loaded machine starts slowly). */
async function healthy(child: ChildProcess, url: string): Promise<void> {
  for (let i = 0; i < 1200; i++) {
    if (child.exitCode !== null) throw new Error(`service exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/v1/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error(`${url} did not answer its health check within two minutes`);
}

/** A port nothing listens on now (other benchmarks on the same machine start services too). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
