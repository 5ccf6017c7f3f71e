import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The workbench: built into dist/web (served by Allot at /); `npm run dev:web` serves it with hot reload, the API proxied. */
const api = process.env.ALLOT_API ?? 'http://127.0.0.1:3000';
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: { outDir: fileURLToPath(new URL('../dist/web', import.meta.url)), emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  server: { port: 5173, proxy: { '/v1': api, '/openapi.json': api } },
});
