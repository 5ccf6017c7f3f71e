import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Where `vite build` puts the workbench (`web/` → `dist/web`), seen from this module whether it
 * runs from the sources (src/http) or from the build (dist/src/http).
 */
const candidates = [new URL('../../dist/web/', import.meta.url), new URL('../../web/', import.meta.url)].map((url) => fileURLToPath(url));
export const workbenchDir: string | undefined = candidates.find((dir) => existsSync(`${dir}index.html`));

/** Paths the API, the metrics and the document own: never the workbench's pages. */
const notPages = /^\/(v1(\/|$)|metrics$|openapi\.json$)/;

export interface Workbench {
  /** A GET of a path the workbench routes itself (`/orders/7`): answered with its page. */
  readonly isPage: (request: FastifyRequest) => boolean;
  readonly sendPage: (reply: FastifyReply) => FastifyReply;
}

/**
 * The operator workbench (web/): its page at `/` and at every path it routes itself, its built
 * scripts and styles under `/assets/` (named by content hash, so cached for a year). Pages and
 * assets are public: what they show comes from the API, which asks who is calling.
 */
export async function serveWorkbench(app: FastifyInstance, dir = workbenchDir): Promise<Workbench> {
  if (dir === undefined) {
    const notBuilt = (_request: FastifyRequest, reply: FastifyReply) =>
      reply.status(503).type('text/plain; charset=utf-8').send('The workbench is not built: run `npm run build:web` (npm install does).\n');
    app.get('/', { config: { permission: 'public' }, schema: { hide: true } }, notBuilt);
    return { isPage: () => false, sendPage: (reply) => reply };
  }
  await app.register(fastifyStatic, { root: dir, serve: false });
  const sendPage = (reply: FastifyReply) => reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
  app.get('/', { config: { permission: 'public' }, schema: { hide: true } }, (_request, reply) => sendPage(reply));
  app.get<{ Params: { '*': string } }>('/assets/*', { config: { permission: 'public' }, schema: { hide: true } }, (request, reply) =>
    reply.sendFile(`assets/${request.params['*']}`, { maxAge: '365d', immutable: true }),
  );
  const isPage = (request: FastifyRequest) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    const path = request.url.split('?')[0] ?? '';
    return !notPages.test(path) && !path.startsWith('/assets/') && !/\.[a-z0-9]+$/i.test(path);
  };
  return { isPage, sendPage };
}
