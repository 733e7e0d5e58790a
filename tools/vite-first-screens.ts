/**
 * Vite plugins (build only): put the first screens of a first visit into index.html, rendered by the app itself at
 * build time (src/app/first-screen.tsx): the library in #root, and the reading screens' shared shell as text. Each
 * story's edits of that shell are a small file of their own (first-screens/), asked for only when a story is opened
 * from a link: in the page they grew it with every story (issue 21).
 * Two tiny inline scripts (allowed by their hash in the page's CSP) pick the screen for the address before #root and
 * put it there after, before anything paints: the library, a story's first panel, or nothing (a returning reader,
 * another screen, a wide screen), and the app then renders in its place. The app's scripts are asked for once that first frame is painted, so on a
 * slow connection they do not compete with the page, its styles and its pictures: the comic shows first.
 */
import { createHash } from 'node:crypto';
import type { Plugin, Rolldown } from 'vite';
import { createServer } from 'vite';

interface FirstScreens {
  library: Record<string, string>;
  reading: Record<string, Record<string, string>>;
  wideScreenQuery: string;
}

/** The language the page's own HTML is written in (src/app/i18n.ts). */
const SOURCE_LANGUAGE = 'id';

/** Saved by the stores (src/store): when either is there, this is not a first visit. */
const SAVED_KEYS = ['komik-saku/progress', 'komik-saku/settings'];

export function firstScreens(): Plugin[] {
  return [renderFirstScreens(), scriptsAfterFirstPaint()];
}

/** Told by the page's script when the story's screen it chose will not come (its file failed): the app starts at once. */
const NO_FIRST_SCREEN = 'komik-saku-no-first-screen';

/**
 * Where the stories' reading screens are kept (their edits of the shell), one file per story and language, in a folder
 * named by their content: a stale file cannot meet a new shell, and the page names the folder once, not each file.
 */
const READING_FOLDER = 'first-screens';

function renderFirstScreens(): Plugin {
  let root = process.cwd();
  let configFile: string | undefined;
  let readingFiles: { fileName: string; source: string }[] = [];
  return {
    name: 'komik-saku-first-screens',
    apply: 'build',
    configResolved: (config) => {
      root = config.root;
      configFile = config.configFile;
    },
    transformIndexHtml: {
      order: 'pre',
      handler: async (html) => {
        const screens = await renderWithApp(root, configFile);
        const { [SOURCE_LANGUAGE]: library, ...otherLibraries } = screens.library;
        if (library === undefined) throw new Error(`the app rendered no library in ${SOURCE_LANGUAGE}`);
        const reading = screens.reading[SOURCE_LANGUAGE] ?? {};
        const shell = Object.values(reading)[0] ?? '';
        const templates = [
          ...Object.entries(otherLibraries).map(([language, markup]) => textScript(`first-screen-library-${language}`, markup)),
          textScript('first-screen-read', shell),
        ].join('\n    ');
        const edits = Object.entries(screens.reading).flatMap(([language, screensIn]) =>
          Object.keys(reading).map((storyId) => ({ name: `${storyId}-${language}.json`, source: JSON.stringify(readingEdits(shell, screensIn[storyId]!)) })),
        );
        const hash = createHash('sha256');
        for (const { name, source } of edits) hash.update(name).update(source);
        const folder = `${READING_FOLDER}/${hash.digest('hex').slice(0, 10)}/`;
        readingFiles = edits.map(({ name, source }) => ({ fileName: folder + name, source }));
        // The stories with a reading screen, each with the picture its first panel asks for.
        const stories = Object.fromEntries(Object.entries(reading).map(([storyId, markup]) => [storyId, firstPicture(markup)]));
        // The choice comes before #root: a slow phone's parser paints what it has parsed, and a story opened from a
        // link showed the library (its first paint) for a moment before its panel (issue 21).
        const choose = chooseScript(screens.wideScreenQuery, Object.keys(otherLibraries), folder, stories);
        return html.replace(
          '<div id="root"></div>',
          `<script>${choose}</script>\n    <div id="root">${library}</div>\n    ${templates}\n    <script>${bootScript()}</script>`,
        );
      },
    },
    generateBundle() {
      for (const { fileName, source } of readingFiles) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}

/** The picture a reading screen asks for first (its panel's art, preloaded in its markup), to ask for it sooner. */
function firstPicture(markup: string): string | null {
  return /<link rel="preload" as="image" href="([^"]+)"/.exec(markup)?.[1]?.replace(/&amp;/g, '&') ?? null;
}

/**
 * A reading screen kept as text, not as a <template>: the browser builds a template's elements while it parses the
 * page, a hundred stories' first panels on every visit to the library (issue 21), though at most one is ever shown;
 * a script of another type is only scanned for its end. React's markup has no scripts and escapes "<" in text, so
 * "</script" cannot occur in it; checked all the same, as the page would break there.
 */
export function rawText(markup: string): string {
  if (/<\/script/i.test(markup)) throw new Error('a first screen holds "</script", which would end its text early');
  return markup;
}

function textScript(id: string, markup: string): string {
  return `<script type="text/html" id="${escapeAttribute(id)}">${rawText(markup)}</script>`;
}

/** Markup cut as the browser's tokenizer cuts it: whole tags, and the text between them (React escapes ">" in both). */
const MARKUP_PARTS = /<[^>]*>|[^<]+/g;

/** Shell parts to keep, shell parts to drop, markup to put in: three at a time. */
type ReadingEdits = (number | string)[];

/**
 * Rebuilds a story's reading screen from the shared shell and its edits (readingEdits); run by the page's chooser,
 * and at build time to check every story's screen comes out as rendered.
 */
const REBUILD = `function rebuild(shell, edits) {
    var parts = shell.match(${MARKUP_PARTS}) || [], out = '', at = 0;
    for (var i = 0; i < edits.length; i += 3) {
      out += parts.slice(at, at + edits[i]).join('') + edits[i + 2];
      at += edits[i] + edits[i + 1];
    }
    return out + parts.slice(at).join('');
  }`;

const rebuild = new Function(`return ${REBUILD}`)() as (shell: string, edits: ReadingEdits) => string;

/**
 * A story's reading screen as its differences from another story's (the shell): the screens are ~95% the same
 * markup, so a story's file is ~1.4 KB, not ~3.5 KB (in the page, a hundred full screens were once 345 KB of it:
 * issue 21). Found as the longest common subsequence of their parts (tags, texts).
 */
export function readingEdits(shell: string, markup: string): ReadingEdits {
  const a = shell.match(MARKUP_PARTS) ?? [];
  const b = markup.match(MARKUP_PARTS) ?? [];
  // common[i * (b.length + 1) + j]: the longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const common = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i * width + j] = a[i] === b[j] ? common[(i + 1) * width + j + 1]! + 1 : Math.max(common[(i + 1) * width + j]!, common[i * width + j + 1]!);
    }
  }
  const edits: ReadingEdits = [];
  let keep = 0;
  let drop = 0;
  let put = '';
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      if (drop || put) {
        edits.push(keep, drop, put);
        keep = drop = 0;
        put = '';
      }
      keep++;
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && common[(i + 1) * width + j]! >= common[i * width + j + 1]!)) {
      drop++;
      i++;
    } else {
      put += b[j];
      j++;
    }
  }
  if (drop || put) edits.push(keep, drop, put);
  if (rebuild(shell, edits) !== markup) throw new Error('a reading screen does not come back whole from its edits');
  return edits;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Moves the entry script and its module preloads out of the head, into a loader that runs after the first frame. */
function scriptsAfterFirstPaint(): Plugin {
  return {
    name: 'komik-saku-scripts-after-first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => {
        const entry = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
        if (!entry) throw new Error('index.html has no entry script to load after the first paint');
        const preloads = [...html.matchAll(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g)];
        let page = html.replace(entry[0], '');
        for (const preload of preloads) page = page.replace(preload[0], '');
        page = withFontPreloads(page, context.bundle);
        return page.replace(
          '</body>',
          `  <script>${loaderScript(
            entry[1]!,
            preloads.map((preload) => preload[1]!),
            wordsChunks(entry[1]!, context.bundle),
          )}</script>\n  </body>`,
        );
      },
    },
  };
}

/**
 * The fonts of the page's own stylesheet, asked for with it. Found by the stylesheet, they were asked for only after
 * the first style pass, one more step in the chain before the first screen's text (issue 21: Lighthouse counted the
 * 38 KB of Andika, which ended before the largest paint, as part of it). They are still `font-display: optional`:
 * the phone's own font stays if they are late.
 */
function withFontPreloads(html: string, bundle: Rolldown.OutputBundle | undefined): string {
  const sheet = /<link rel="stylesheet" crossorigin href="([^"]+)">/.exec(html);
  if (!sheet) return html;
  const file = Object.values(bundle ?? {}).find((item) => item.type === 'asset' && sheet[1]!.endsWith(`/${item.fileName}`));
  const css = file?.type === 'asset' ? String(typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source)) : '';
  const fonts = [...new Set([...css.matchAll(/url\(([^)'"]+\.woff2)\)/g)].map((match) => match[1]!))];
  const links = fonts.map((href) => `<link rel="preload" as="font" type="font/woff2" crossorigin href="${href}">\n    `).join('');
  return html.replace(sheet[0], links + sheet[0]);
}

/**
 * The chunks of the app's words in languages other than Indonesian (src/app/i18n.ts loads them), by language, at
 * the address the entry is served from.
 */
function wordsChunks(entry: string, bundle: Rolldown.OutputBundle | undefined): Record<string, string> {
  const folder = entry.slice(0, entry.lastIndexOf('/') + 1);
  const chunks: Record<string, string> = {};
  for (const file of Object.values(bundle ?? {})) {
    const language = file.type === 'chunk' ? /\/src\/app\/locales\/([a-z]+)\.json$/.exec(file.facadeModuleId ?? '')?.[1] : undefined;
    if (language) chunks[language] = folder + file.fileName.slice(file.fileName.lastIndexOf('/') + 1);
  }
  return chunks;
}

/**
 * Asks for the app's modules once the page's first screen has reached the screen (the browser reports the first
 * contentful paint only when it is shown), with the words of the reader's language when they are not Indonesian: the
 * saved choice, else the phone's first language the app speaks (as settings.ts picks it). They come with the app's
 * modules, not one round trip after them. Waiting for the next frame was not enough (issue 21): a browser can hold
 * its frames back for a second after the first (Lighthouse's Chromium did, on a quiet machine), and the app then
 * started, and re-rendered the library, before anything was shown, so the largest paint waited for the whole app.
 * With nothing to show (a returning reader, another screen) or a tab in the background, there is nothing to wait for.
 */
function loaderScript(entry: string, preloads: string[], words: Record<string, string>): string {
  return `(function () {
  var started = false;
  function language() {
    var words = ${JSON.stringify(words)}, saved = null;
    try { saved = /"language":"([a-z]+)/.exec(localStorage.getItem('komik-saku/settings') || ''); } catch (e) {}
    var wanted = saved ? [saved[1]] : navigator.languages || [navigator.language];
    for (var i = 0; i < wanted.length; i++) {
      var base = String(wanted[i]).toLowerCase().split('-')[0];
      if (base === 'id' || base === 'in') return [];
      if (words[base]) return [words[base]];
    }
    return [];
  }
  // One request asked for in each task: starting a request is a few milliseconds of a slow phone's main thread, and
  // four of them in one task held a tap back for all of them.
  function ask(elements) {
    document.head.appendChild(elements[0]);
    if (elements.length > 1) setTimeout(function () { ask(elements.slice(1)); });
  }
  function load() {
    if (started) return;
    started = true;
    var links = ${JSON.stringify(preloads)}.concat(language()).map(function (href) { var link = document.createElement('link'); link.rel = 'modulepreload'; link.crossOrigin = ''; link.href = href; return link; });
    var script = document.createElement('script'); script.type = 'module'; script.crossOrigin = ''; script.src = ${JSON.stringify(entry)};
    ask(links.concat(script));
  }
  var root = document.getElementById('root');
  var paints = typeof PerformanceObserver === 'function' && (PerformanceObserver.supportedEntryTypes || []).indexOf('paint') >= 0;
  if (!root || !root.firstElementChild || document.visibilityState !== 'visible' || !paints) return load();
  new PerformanceObserver(function (list, observer) {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    setTimeout(load);
  }).observe({ type: 'paint', buffered: true });
  document.addEventListener('visibilitychange', load);
  document.addEventListener(${JSON.stringify(NO_FIRST_SCREEN)}, load);
  // Should the paint never be reported, the app still starts.
  setTimeout(load, 3000);
})();`;
}

/** The app's own modules, run in Node through Vite (the same plugins, the same stories) to render the screens. */
async function renderWithApp(root: string, configFile: string | undefined): Promise<FirstScreens> {
  const server = await createServer({
    root,
    configFile,
    // Vite's module runner loads the config as it loads the app (extensionless TypeScript imports); the default
    // loader bundles it and lists every such import as unfit for a future loader, 40 lines on every build.
    configLoader: 'runner',
    logLevel: 'warn',
    mode: 'production',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const module = (await server.ssrLoadModule('/src/app/first-screen.tsx')) as { renderFirstScreens: () => Promise<FirstScreens> };
    return await module.renderFirstScreens();
  } finally {
    await server.close();
  }
}

/**
 * A tap on the first panel's "next" before the app runs (its button, or the panel outside the third that goes back)
 * would be lost: the page's own screen has no handlers, and on a slow phone the app takes seconds to start after the
 * panel shows. It is kept on <html> (data-early-step, with the story), and the reader takes that one step when it
 * starts (src/reader/use-early-step.ts). As in the app, a tap while the balloons are still appearing shows them all
 * at once instead. Once the app has replaced the page's screen or taken it over, this listens no more.
 */
const EARLY_STEP = `  function keepEarlyStep(root, storyId) {
    // Once the app has replaced the page's screen, or taken its nodes over (data-app), its own handlers take the taps.
    var shown = root.firstElementChild;
    function early(event) {
      if (!shown || !shown.isConnected || document.documentElement.hasAttribute('data-app')) return document.removeEventListener('click', early, true);
      var target = event.target instanceof Element ? event.target : null;
      var button = target && target.closest('.step-next');
      var stage = target && !button && target.closest('.guided-stage');
      if (!button && !stage) return;
      if (stage) {
        var bounds = stage.getBoundingClientRect(), fromStart = (event.clientX - bounds.left) / bounds.width;
        if ((stage.closest('[dir]') && stage.closest('[dir]').getAttribute('dir') === 'rtl' ? 1 - fromStart : fromStart) < 1 / 3) return;
        var appearing = stage.getAnimations ? stage.getAnimations({ subtree: true }).filter(function (animation) {
          return animation.animationName === 'balloon-in' && animation.playState === 'running';
        }) : [];
        if (appearing.length) return appearing.forEach(function (animation) { animation.finish(); });
      }
      document.documentElement.setAttribute('data-early-step', 'next ' + storyId);
      var next = root.querySelector('.step-next');
      if (next) next.classList.add('step-pending');
    }
    document.addEventListener('click', early, true);
  }`;

/** Data written into an inline script: "<" escaped, so no text in it can end the script. */
function scriptData(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * Runs while the page is parsed, before #root (after the styles, before the app): chooses the first screen. The
 * library for a first visit to it (in the language a first start picks: the first of the phone's languages the app
 * speaks, as settings.ts picks it), a story's first panel for a first visit to a story on a phone (in that language too), and otherwise
 * nothing, the app's to render. Any choice other than the Indonesian library in #root is marked on <html>
 * (data-first-screen), which hides #root's library (app.css) until the chosen screen is put there: it is then never
 * painted, nor laid out, first.
 * A story's screen is its edits of the page's shell, in a file asked for here, with the panel's picture beside it,
 * while the page is still parsed: both arrive about when the page's stylesheet does. Once the page is parsed and the
 * edits are here, the screen is put in #root, unless the app has started meanwhile (it then takes the mark off and
 * renders the story itself). Should the file not come, #root is emptied for the app.
 */
function chooseScript(wideScreenQuery: string, otherLanguages: string[], folder: string, stories: Record<string, string | null>): string {
  return `(function () {
  var route = location.hash.replace(/^#\\/?/, '');
  var story = /^read\\/([a-z0-9-]+)$/.exec(route);
  var stories = ${scriptData(stories)};
  var html = document.documentElement, first = false, chosen = '', language = ${JSON.stringify(SOURCE_LANGUAGE)};
  try { first = ${JSON.stringify(SAVED_KEYS)}.every(function (key) { return localStorage.getItem(key) === null; }); } catch (e) {}
  // The language of a first screen: the first of the phone's languages the app speaks (only a first visit is shown one).
  var phone = first ? navigator.languages || [navigator.language] : [];
  for (var i = 0; i < phone.length; i++) {
    var base = String(phone[i]).toLowerCase().split('-')[0];
    if (base === 'in' || base === language) break;
    if (${JSON.stringify(otherLanguages)}.indexOf(base) >= 0) { language = base; break; }
  }
  if (first && !route) {
    if (language !== ${JSON.stringify(SOURCE_LANGUAGE)}) chosen = 'library-' + language;
  } else if (first && story && Object.prototype.hasOwnProperty.call(stories, story[1]) && !matchMedia(${JSON.stringify(wideScreenQuery)}).matches) chosen = 'read-' + story[1];
  else chosen = 'app';
  if (!chosen) return;
  html.setAttribute('data-first-screen', chosen);
  if (!/^read-/.test(chosen)) return;
  if (stories[story[1]]) {
    var picture = document.createElement('link');
    picture.rel = 'preload'; picture.as = 'image'; picture.href = stories[story[1]];
    document.head.appendChild(picture);
  }
  var edits = fetch(${JSON.stringify(folder)} + story[1] + '-' + language + '.json').then(function (response) {
    if (!response.ok) throw new Error(response.status);
    return response.json();
  });
  function parsed() {
    return new Promise(function (resolve) {
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', resolve);
      else resolve();
    });
  }
  Promise.all([edits, parsed()]).then(function (got) {
    if (html.getAttribute('data-first-screen') === chosen) showStory(document.getElementById('root'), story[1], got[0]);
  }, function () {
    if (html.getAttribute('data-first-screen') !== chosen) return;
    document.getElementById('root').replaceChildren();
    html.removeAttribute('data-first-screen');
    // Nothing will be painted for the loader to wait for: it asks for the app now.
    document.dispatchEvent(new Event(${JSON.stringify(NO_FIRST_SCREEN)}));
  });
  /** The story's first panel in #root, its stage sized as guided-view.tsx sizes it (the panel drawn at the app's size). */
  function showStory(root, storyId, edits) {
    root.innerHTML = rebuild(document.getElementById('first-screen-read').textContent, edits);
    html.lang = language;
    html.removeAttribute('data-first-screen');
    // Which story's panel this is: the app takes the page's nodes over only for that story (src/main.tsx).
    root.setAttribute('data-page', 'read-' + storyId);
    var stage = root.querySelector('.guided-stage');
    var style = stage && getComputedStyle(stage);
    var sheet = document.querySelector('link[rel="stylesheet"]');
    // In the page's stylesheet, not on the stage: the app takes the stage's node over as React rendered it, without a
    // style of its own (src/main.tsx); the reader then sizes it itself, on the node.
    if (style && sheet && sheet.sheet) {
      var width = stage.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      var height = stage.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      sheet.sheet.insertRule('#root .guided-stage { --stage-w: ' + width + 'px; --stage-h: ' + height + 'px; }', sheet.sheet.cssRules.length);
    }
    keepEarlyStep(root, storyId);
  }
  ${REBUILD}
${EARLY_STEP}
})();`;
}

/**
 * Runs once #root and the screens kept as text are parsed: puts the library chosen above in the Indonesian one's
 * place, or empties #root for the app. (A story's screen is put there when its edits have come: above.)
 */
function bootScript(): string {
  return `(function () {
  var html = document.documentElement, root = document.getElementById('root');
  var chosen = html.getAttribute('data-first-screen');
  if (!chosen || /^read-/.test(chosen)) return;
  html.removeAttribute('data-first-screen');
  var library = /^library-(.+)$/.exec(chosen);
  if (library) {
    root.innerHTML = document.getElementById('first-screen-' + chosen).textContent;
    html.lang = library[1];
  } else root.replaceChildren();
})();`;
}
