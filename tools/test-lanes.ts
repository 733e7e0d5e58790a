/**
 * `npm test` in two lanes at once: the checks, then the unit and component tests, in one; the browser tests (one file
 * at a time, real Chromium) in the other. One after the other they took longer than CI's 20 minutes allow; side by
 * side the browser tests, the long lane, start at once. The checks run at a lower priority (nice): on two cores they
 * take what Chromium leaves, so the browser tests run about as fast as alone (measured without it: 130 → 194 s for
 * the text-fit file) and their timing is not decided by a busy neighbour. A lane stops at its first failure; the run
 * fails if either lane does. Each line is tagged with its lane, so the two outputs can be told apart.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const VITEST = 'vitest run --configLoader runner';
const LANES: Record<string, { nice: number; commands: string[] }> = {
  checks: {
    nice: 15,
    commands: [
      'npm run typecheck',
      'npm run lint',
      'npm run story:check',
      'npm run schema:check',
      'npm run bench:size',
      `${VITEST} --project unit --project component`,
    ],
  },
  browser: { nice: 0, commands: [`${VITEST} --project e2e`] },
};

function run(lane: string, command: string, nice: number): Promise<number> {
  console.log(`[${lane}] $ ${command}`);
  const child = spawn(nice > 0 ? `nice -n ${nice} ${command}` : command, {
    shell: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
  });
  for (const stream of [child.stdout, child.stderr]) createInterface({ input: stream }).on('line', (line) => console.log(`[${lane}] ${line}`));
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

async function runLane(lane: string, { nice, commands }: { nice: number; commands: string[] }): Promise<boolean> {
  for (const command of commands) {
    const code = await run(lane, command, nice);
    if (code !== 0) {
      console.log(`[${lane}] FAILED (exit ${code}): ${command}`);
      return false;
    }
  }
  console.log(`[${lane}] passed`);
  return true;
}

const started = performance.now();
const results = await Promise.all(Object.entries(LANES).map(([lane, options]) => runLane(lane, options)));
console.log(`npm test: ${results.every(Boolean) ? 'passed' : 'FAILED'} in ${Math.round((performance.now() - started) / 1000)} s`);
process.exit(results.every(Boolean) ? 0 : 1);
