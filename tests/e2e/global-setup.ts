/**
 * Builds the app as it ships and serves it with `vite preview` on a free port; the browser tests read the
 * address with inject('baseUrl').
 */
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../tools/free-port';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = join(import.meta.dirname, '..', '..');
let server: PreviewServer | undefined;

export default async function setup(project: TestProject) {
  await build({ root, configLoader: 'runner', logLevel: 'warn' });
  const port = await freePort();
  server = await preview({ root, configLoader: 'runner', logLevel: 'warn', preview: { host: '127.0.0.1', port, strictPort: true } });
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
  return async () => {
    await server?.close();
  };
}
