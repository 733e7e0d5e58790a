/**
 * Builds the app as it ships and serves it with `vite preview` on a free port; the browser tests read the
 * address with inject('baseUrl').
 */
import { createServer } from 'node:net';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
