import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

const root = fileURLToPath(new URL('../..', import.meta.url));
let nextPort = 3900;

/** An Allot API process started the way `npm start` starts it, on a port of its own. */
export interface RunningService {
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

export async function startService(env: Readonly<Record<string, string>>, entry = 'src/main.ts'): Promise<RunningService> {
  const port = nextPort++;
  const nodeArgs = (process.env.ALLOT_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', entry], {
    cwd: root,
    env: { ...benchFree(process.env), ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ALLOT_DEMO: '0' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`service exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/v1/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  return {
    url,
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
