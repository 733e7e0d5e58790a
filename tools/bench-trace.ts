/**
 * npm run bench:trace [-- --stories=100 --cpu=10 --hash= --runs=1]: where does a first visit's main-thread time go?
 * Builds the library copy with --stories stories (bench/library-copy.ts; the bundled ones alone with --stories=1),
 * opens the page in Chromium at --cpu times slower, and prints the main thread's work by kind (parsing the HTML,
 * script, style, layout, paint), the script's time by function, and the long tasks, until the app is ready and quiet.
 * With --runs above 1 it only traces (no CPU profile, which slows every task) and prints, run by run, the blocking
 * time Lighthouse's 10x simulation would count from these tasks, and the median. It traces with Lighthouse's own
 * categories then: their stack traces and script sources make the same tasks longer (twice the count on the library,
 * 2026-12-04), and that is what Lighthouse multiplies.
 */
import { rmSync } from 'node:fs';
import LighthouseTrace from 'lighthouse/core/gather/gatherers/trace.js';
import { readArgs, usageError } from './args';
import { median, serveBuiltApp } from './bench/built-app';
import { libraryCopy } from './bench/library-copy';
import type { CDPSession } from 'playwright-core';
import { launchChromium } from './chromium';
import type { TraceEvent } from './bench/trace-event';

const USAGE = 'Usage: npm run bench:trace [-- --stories=100 --cpu=10 --hash=#/read/<story> --runs=1]';
const { values } = readArgs(
  {
    stories: { type: 'string', default: '100' },
    cpu: { type: 'string', default: '10' },
    hash: { type: 'string', default: '' },
    runs: { type: 'string', default: '1' },
  },
  USAGE,
);
const count = Number(values.stories);
const cpu = Number(values.cpu);
if (!Number.isInteger(count) || count < 1) usageError('--stories is a whole number of stories, 1 or more.', USAGE);
if (!(cpu >= 1)) usageError('--cpu is a slowdown, 1 or more.', USAGE);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) usageError('--runs is a whole number of runs, 1 or more.', USAGE);

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'loading', 'v8'];

const { project, stories } = libraryCopy(count);
try {
  const app = await serveBuiltApp(project);
  const browser = await launchChromium();
  try {
    if (runs > 1) {
      const counted: number[] = [];
      for (let run = 1; run <= runs; run++) {
        const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
        await browser.startTracing(page, { categories: LighthouseTrace.getDefaultTraceCategories() });
        await page.goto(app.base + values.hash, { waitUntil: 'load' });
        await appReadyQuietly(cdp);
        await new Promise((resolve) => setTimeout(resolve, 3000));
        const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
        const thread = mainThread(trace.traceEvents);
        const { tasks, blocking } = simulatedBlocking(thread);
        counted.push(blocking);
        console.log(`run ${run}: ${tasks.length} tasks a 10x simulation keeps and counts, blocking ${Math.round(blocking)} ms`);
        console.log(`  ${tasks.map((task) => `${((task.dur ?? 0) / 1000).toFixed(1)} ${mainWork(thread.work, task)}`).join('; ')}`);
        await context.close();
      }
      console.log(
        `\n${stories} stories, ${cpu}x CPU, ${values.hash || 'the library'}: blocking as a 10x simulation counts it, median of ${runs}: ${Math.round(median(counted))} ms`,
      );
    } else {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      // Layout shifts as they happen, with the elements that moved (CLS's sources).
      await page.addInitScript(() => {
        const shifts: string[] = [];
        (window as unknown as { shifts: string[] }).shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as {
            value: number;
            startTime: number;
            sources: { node?: Node; previousRect: DOMRect; currentRect: DOMRect }[];
          }[]) {
            const moved = entry.sources.map((source) => {
              const node = source.node instanceof Element ? source.node : source.node?.parentElement;
              return `${node ? `${node.tagName.toLowerCase()}.${node.className}` : '?'} ${Math.round(source.previousRect.y)}→${Math.round(source.currentRect.y)}`;
            });
            shifts.push(`${entry.value.toFixed(3)} at ${Math.round(entry.startTime)} ms: ${moved.join(', ')}`);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      await cdp.send('Profiler.start');
      const start = Date.now();
      await page.goto(app.base + values.hash, { waitUntil: 'load' });
      await appReadyQuietly(cdp);
      const ready = Date.now() - start;
      await page.waitForTimeout(3000);
      const shifts = await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts);
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
      console.log(`${stories} stories, ${cpu}x CPU, ${values.hash || 'the library'}: app ready after ${ready} ms (wall clock)\n`);
      console.log(`layout shifts: ${shifts.length ? '\n  ' + shifts.join('\n  ') : 'none'}`);
      const sources = new Map<string, string[]>();
      for (const url of new Set(profile.nodes.map((node) => node.callFrame.url).filter((url) => url.startsWith(app.base))))
        sources.set(url, (await (await fetch(url)).text()).split('\n'));
      printTimeline(trace.traceEvents, appFramesByTime(profile, sources, app.base));
      printProfile(profile, sources);
    }
  } finally {
    await browser.close();
    await app.close();
  }
} finally {
  rmSync(project, { recursive: true, force: true });
}

/**
 * Waits for the app's start by asking the page itself, in its own world: Playwright's waits put its injected script
 * into the page, a compile of ~25 ms on the main thread that a trace would count as the app's.
 */
async function appReadyQuietly(cdp: CDPSession): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const { result } = (await cdp.send('Runtime.evaluate', { expression: 'document.documentElement.dataset.app' })) as { result: { value?: string } };
    if (result.value === 'ready') return;
    if (Date.now() > deadline) throw new Error('the app did not start within 120 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface MainThread {
  /** The renderer's main thread's work (complete events), in time order. */
  work: TraceEvent[];
  paint: TraceEvent | undefined;
}

/** The page's main thread in a trace: its work, and its first contentful paint. */
function mainThread(events: TraceEvent[]): MainThread {
  const main = events.find((event) => event.name === 'thread_name' && (event.args as { name?: string } | undefined)?.name === 'CrRendererMain');
  return {
    work: events.filter((event) => event.ph === 'X' && main && event.pid === main.pid && event.tid === main.tid).sort((a, b) => a.ts - b.ts),
    paint: events.find((event) => event.name === 'firstContentfulPaint' && main && event.pid === main.pid),
  };
}

/**
 * The blocking time Lighthouse's simulation (Lantern) would count from these tasks. It drops every task under 10 ms at
 * full speed (its dependency graph prunes them, nearly all being loosely connected), multiplies the rest by 10, or by 5
 * when they did layout, and counts max(0, stretched − 50 ms) for each after the first contentful paint. Its TBT also
 * depends on its simulated first paint (which lets the page's own parse and first layout count too) and network; this
 * is the part thread time decides, steadier from run to run than Lighthouse's own figure.
 */
function simulatedBlocking(thread: MainThread): { tasks: TraceEvent[]; blocking: number } {
  const { work, paint } = thread;
  const kept = work.filter((task) => task.name === 'RunTask' && (!paint || task.ts >= paint.ts) && (task.dur ?? 0) / 1000 / cpu >= 10);
  const counted = kept
    .map((task) => {
      const layout = work.some((event) => event.name === 'Layout' && within(task, event.ts));
      return { task, blocking: ((task.dur ?? 0) / 1000 / cpu) * (layout ? 5 : 10) - 50 };
    })
    .filter(({ blocking }) => blocking > 0);
  return { tasks: counted.map(({ task }) => task), blocking: counted.reduce((sum, { blocking }) => sum + blocking, 0) };
}

/** Whether a moment falls inside a task. */
function within(task: TraceEvent, ts: number): boolean {
  return ts >= task.ts && ts < task.ts + (task.dur ?? 0);
}

/** What a task mostly did: its longest piece of work below the task's own wrappers, with the script's file. */
function mainWork(work: TraceEvent[], task: TraceEvent): string {
  const wrappers =
    /^(RunTask|ThreadControllerImpl::RunTask|TimerBase::run|AsyncTask Run|v8\.callFunction|MessagePort::Accept|WebFrameWidgetImpl::.*|LocalFrameView::.*)$/;
  const inside = work.filter((event) => within(task, event.ts) && event !== task && !wrappers.test(event.name));
  const longest = inside.sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
  return longest ? `${longest.name}${longest.args?.data?.url ? ' ' + longest.args.data.url.split('/').pop() : ''}` : '?';
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

/** A frame as printed: the function, its file and place, and the start of its (minified) code. */
function frameName(frame: ProfileNode['callFrame'], sources: Map<string, string[]>, length = 90): string {
  const code = sources.get(frame.url)?.[frame.lineNumber]?.slice(frame.columnNumber, frame.columnNumber + length) ?? '';
  return `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber}:${frame.columnNumber} ${code}`;
}

/**
 * Each sample's time (the profile's clock is the trace's) with the app's function nearest the top of its stack, or what
 * ran when no app code was on it (the parser, a GC): so a counted task can say whose work it was.
 */
function appFramesByTime(profile: Profile, sources: Map<string, string[]>, base: string): { ts: number; micros: number; name: string }[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) byId.get(child)!.parent = node.id;
  const named = new Map<number, string>();
  const nameOf = (id: number): string => {
    let name = named.get(id);
    if (name !== undefined) return name;
    let node = byId.get(id);
    while (node && !node.callFrame.url.startsWith(base)) node = node.parent === undefined ? undefined : byId.get(node.parent);
    const leaf = byId.get(id)!.callFrame;
    name = node ? frameName(node.callFrame, sources, 60) : `${leaf.functionName || '(anonymous)'} ${leaf.url.split('/').pop() ?? ''}`;
    named.set(id, name);
    return name;
  };
  let ts = profile.startTime;
  return profile.samples.map((id, index) => {
    ts += profile.timeDeltas[index] ?? 0;
    return { ts, micros: profile.timeDeltas[index + 1] ?? 0, name: nameOf(id) };
  });
}

/** The renderer's main thread: top-level tasks, and the time inside them by kind of work (self time). */
function printTimeline(events: TraceEvent[], samples: { ts: number; micros: number; name: string }[]): void {
  const thread = mainThread(events);
  const onMain = thread.work;
  const tasks = onMain.filter((event) => event.name === 'RunTask');
  const long = tasks.filter((task) => (task.dur ?? 0) > 50_000);
  console.log(
    `main thread: ${tasks.length} tasks, ${Math.round(tasks.reduce((sum, task) => sum + (task.dur ?? 0), 0) / 1000)} ms; long (>50 ms): ${long.length}, blocking ${Math.round(long.reduce((sum, task) => sum + (task.dur ?? 0) / 1000 - 50, 0))} ms`,
  );
  const describe = (task: TraceEvent) => {
    const inside = onMain.filter((event) => event.ts > task.ts && event.ts < task.ts + (task.dur ?? 0) && (event.dur ?? 0) > (task.dur ?? 0) / 10);
    return [...new Set(inside.map((event) => `${event.name}${event.args?.data?.url ? ' ' + event.args.data.url.split('/').pop() : ''}`))]
      .slice(0, 5)
      .join(', ');
  };
  const simulated = simulatedBlocking(thread);
  console.log(
    `as a 10x simulation counts it (tasks of 10 ms or more at full speed after the first contentful paint, × 10 or × 5 with layout; the CPU profile slows them too): ${simulated.tasks.length} over 50 ms, blocking ${Math.round(simulated.blocking)} ms`,
  );
  for (const task of simulated.tasks) {
    console.log(`  at +${Math.round((task.ts - tasks[0]!.ts) / 1000)} ms: ${((task.dur ?? 0) / 1000).toFixed(1)} ms  (${describe(task)})`);
    // Whose work it was, from the CPU profile's samples inside it (a 1x run of an unminified build names them).
    const whose = new Map<string, number>();
    for (const sample of samples) if (within(task, sample.ts)) whose.set(sample.name, (whose.get(sample.name) ?? 0) + sample.micros);
    for (const [name, micros] of [...whose].sort((a, b) => b[1] - a[1]).slice(0, 3)) console.log(`      ${(micros / 1000).toFixed(1).padStart(6)}  ${name}`);
  }
  const self = new Map<string, number>();
  const stack: TraceEvent[] = [];
  for (const event of onMain) {
    while (stack.length && stack.at(-1)!.ts + (stack.at(-1)!.dur ?? 0) <= event.ts) stack.pop();
    const parent = stack.at(-1);
    const key = (e: TraceEvent) => (e.name === 'EvaluateScript' || e.name === 'v8.compile' ? `${e.name} ${e.args?.data?.url?.split('/').pop() ?? ''}` : e.name);
    if (parent) self.set(key(parent), (self.get(key(parent)) ?? 0) - (event.dur ?? 0));
    self.set(key(event), (self.get(key(event)) ?? 0) + (event.dur ?? 0));
    stack.push(event);
  }
  for (const task of [...long].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 14)) {
    const inside = onMain.filter((event) => event.ts > task.ts && event.ts < task.ts + (task.dur ?? 0) && (event.dur ?? 0) > 2000);
    const what = [...new Set(inside.map((event) => `${event.name}${event.args?.data?.url ? ' ' + event.args.data.url.split('/').pop() : ''}`))].slice(0, 5);
    console.log(`  long task at +${Math.round((task.ts - tasks[0]!.ts) / 1000)} ms: ${Math.round((task.dur ?? 0) / 1000)} ms  (${what.join(', ')})`);
  }
  console.log('\nself time by kind of work (ms):');
  for (const [name, micros] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`  ${String(Math.round(micros / 1000)).padStart(6)}  ${name}`);
}

/** Script time by function (self time, sampled), the top ones, with the start of each function's minified code. */
function printProfile(profile: Profile, sources: Map<string, string[]>): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const key = frameName(byId.get(id)!.callFrame, sources);
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[index + 1] ?? 0));
  });
  console.log('\nscript self time by function (ms, sampled):');
  for (const [name, micros] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${String(Math.round(micros / 1000)).padStart(6)}  ${name}`);
}
