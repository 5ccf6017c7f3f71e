import { writeFile } from 'node:fs/promises';
import { contractFiles } from './contract-files.js';

// `npm run contract`: writes openapi.json and client/openapi.d.ts from the routes as they are now.
for (const [path, text] of Object.entries(await contractFiles())) {
  await writeFile(new URL(`../${path}`, import.meta.url), text);
  console.log(`wrote ${path}`);
}
