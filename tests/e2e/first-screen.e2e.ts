/**
 * The first screen comes with the page (src/app/first-screen.tsx, tools/vite-first-screens.ts): on a first visit a
 * phone paints the library, or the first panel of a story opened from a link, before any script has arrived. Tried
 * here with the app's scripts held back, then with them: the app takes over the same screen and reading goes on.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appReady, launch, open, PROJECTOR, type Session } from './browser';
import { formatBytes } from '../../src/ui/bytes';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Holds back every script file: what shows is only what the page itself brought. (The sessions block the service
 * worker, which would otherwise hand the scripts over from its cache.)
 */
async function withoutScripts(session: Session): Promise<void> {
  await session.page.route(/\/assets\/.*\.js$/, (route) => route.abort());
}

/** Holds back every script file until the returned function is called: a slow phone's seconds before the app runs. */
async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const rootText = (page: Page) => page.locator('#root').innerText();

describe('the first screen of a first visit', () => {
  it('is the library, drawn from the page before any script has run', async () => {
    const session = await open(browser, undefined, { serviceWorkers: 'block' });
    await withoutScripts(session);
    await session.page.goto(session.base);
    const { page } = session;
    await expect.poll(() => page.locator('.story-card h2').allInnerTexts()).toEqual(['Janji di Dermaga', 'Jalan Sari', 'Keluarga Nita', 'Lowongan di Layar']);
    await expect
      .poll(() => page.locator('.story-cover').evaluateAll((covers) => covers.every((cover) => (cover as HTMLImageElement).naturalWidth > 0)))
      .toBe(true);
    expect(await page.getByRole('link', { name: 'Mulai baca' }).count()).toBe(4);
    // A youth's first screen holds stories, not facilitators' tools. On a first visit the question about the pictures'
    // download is part of the page too (it came a moment later and pushed the stories down: issue 21), so under it the
    // first story's cover and title are above the tab bar.
    const tabBar = (await page.locator('.tab-bar').boundingBox())!;
    expect(await page.getByRole('heading', { name: 'Simpan gambar cerita di HP?' }).count()).toBe(1);
    const firstCard = await page
      .locator('.story-card')
      .first()
      .evaluate((card) => card.querySelector('h2')!.getBoundingClientRect().bottom);
    expect(firstCard).toBeLessThanOrEqual(tabBar.y);
    expect(await page.getByRole('link', { name: 'Tampilkan untuk kelompok' }).count()).toBe(0);
    // The page's own script ran under the page's Content Security Policy (it would have emptied nothing here).
    expect(session.errors.filter((error) => /Content Security Policy/.test(error))).toEqual([]);
    await session.context.close();
  });

  it("is in the phone's language, and the app takes it over without moving the stories", async () => {
    // On an English phone the app speaks English from its first render: the page's library did not (issue 21: the
    // app's re-render moved the list on Lighthouse's phone, 412 px wide). The download offer's size, counted at build
    // time in the page, stays what it is once the app has the list of the stories' files.
    const phone = { width: 412, height: 823 };
    const still = await open(browser, phone, { serviceWorkers: 'block', locale: 'en-US' });
    await withoutScripts(still);
    await still.page.goto(still.base);
    expect(await still.page.locator('html').getAttribute('lang')).toBe('en');
    expect(await still.page.getByRole('link', { name: 'Start reading' }).count()).toBe(4);
    const listTop = (page: Page) => page.locator('.story-list').evaluate((list) => list.getBoundingClientRect().top);
    const drawnFromPage = await listTop(still.page);
    const allNow = (page: Page) => page.getByRole('button', { name: /^All stories now/ }).innerText();
    const countedAtBuild = await allNow(still.page);
    await still.context.close();

    const live = await open(browser, phone, { serviceWorkers: 'block', locale: 'en-US' });
    const sizes = live.page.waitForResponse((response) => response.url().endsWith('/offline-sizes.json'));
    await live.page.goto(live.base);
    await appReady(live.page);
    await sizes;
    // Two frames: the app has rendered the offer with the list's size.
    await live.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await allNow(live.page)).toBe(countedAtBuild);
    expect(await listTop(live.page)).toBe(drawnFromPage);
    expect(live.errors).toEqual([]);
    await live.context.close();
  });

  it('is the first panel of a story opened from a link, and the app takes it over and reads on', async () => {
    const still = await open(browser, undefined, { serviceWorkers: 'block' });
    await withoutScripts(still);
    await still.page.goto(`${still.base}#/read/keluarga-nita`);
    const art = still.page.locator('.guided-panel .panel-art');
    await expect.poll(() => art.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
    expect(await art.getAttribute('alt')).toMatch(/^Malam hari di ruang tengah rumah/);
    expect(await still.page.locator('.guided-panel .balloon-text').allInnerTexts()).toEqual([
      'Sebuah desa di Jawa Barat. Malam hari.',
      'Pak, Mah... aku mau kerja ke Taiwan. Jadi pengasuh lansia.',
    ]);
    const drawnFromPage = await art.boundingBox();
    await still.context.close();

    const live = await open(browser);
    const { page } = live;
    await page.goto(`${live.base}#/read/keluarga-nita`);
    await appReady(page);
    // The app draws the panel where the page drew it: nothing jumps when it takes over.
    expect(await page.locator('.guided-panel .panel-art').boundingBox()).toEqual(drawnFromPage);
    // The reader's modules came through the browser's module loader, not through <link> elements the app appended
    // one by one (issue 21: ~50 of them at start, each a resource request on a slow phone's busy main thread): only
    // the page's own loader asks ahead, for the app and perhaps the words of the phone's language.
    expect(await page.locator('link[rel="modulepreload"]').count()).toBeLessThanOrEqual(3);
    await page.getByRole('button', { name: /^Lanjut/ }).click();
    await page.getByRole('img', { name: /^Bu Euis memegang dagunya/ }).waitFor();
    expect(live.errors).toEqual([]);
    await live.context.close();
  });

  it("is a story's first panel in the phone's language", async () => {
    // An English phone opening a story link was shown the Indonesian panel, then the app's English one in its place.
    const still = await open(browser, undefined, { serviceWorkers: 'block', locale: 'en-US' });
    await withoutScripts(still);
    await still.page.goto(`${still.base}#/read/keluarga-nita`);
    await still.page.locator('.guided-stage').waitFor();
    expect(await still.page.locator('html').getAttribute('lang')).toBe('en');
    expect(await still.page.locator('.guided-panel .balloon-text').allInnerTexts()).toEqual([
      'A village in West Java. Evening.',
      'Dad, Mum... I want to work in Taiwan. Caring for old people.',
    ]);
    expect(await still.page.getByRole('button', { name: /^Next/ }).count()).toBe(1);
    await still.context.close();
  });

  it("asks for a story's first screen only when that story is opened: the page does not grow with the library", async () => {
    // Each story's reading screen is a small file of its own (issue 21: in the page, a hundred stories' screens pushed
    // it past what a phone's first round trip brings). The library asks for none of them.
    const library = await open(browser, undefined, { serviceWorkers: 'block' });
    await library.page.goto(library.base);
    await appReady(library.page);
    const screensAskedFor = (requests: string[]) => requests.filter((url) => /\/first-screens\//.test(url));
    expect(screensAskedFor(library.requests)).toEqual([]);
    const page = await (await fetch(library.base)).text();
    expect(page).not.toContain('Pak, Mah... aku mau kerja ke Taiwan');
    await library.context.close();

    const story = await open(browser, undefined, { serviceWorkers: 'block' });
    await story.page.goto(`${story.base}#/read/keluarga-nita`);
    await appReady(story.page);
    expect(screensAskedFor(story.requests)).toEqual([expect.stringMatching(/\/first-screens\/[0-9a-f]+\/keluarga-nita-id\.json$/)]);
    expect(await story.page.locator('#root').getAttribute('data-page')).toBe('read-keluarga-nita');
    await story.context.close();
  });

  it("is the app's own reading screen when the story's first screen does not come", async () => {
    const session = await open(browser, undefined, { serviceWorkers: 'block' });
    const { page } = session;
    await page.route(/\/first-screens\//, (route) => route.abort());
    await page.goto(`${session.base}#/read/keluarga-nita`);
    await appReady(page);
    await page.getByRole('img', { name: /^Malam hari di ruang tengah rumah/ }).waitFor();
    await page.getByRole('button', { name: /^Lanjut/ }).click();
    await page.getByRole('img', { name: /^Bu Euis memegang dagunya/ }).waitFor();
    expect(await page.locator('html').getAttribute('data-first-screen')).toBeNull();
    // Only the file held back is reported (by the browser, as a failed load).
    expect(session.errors.filter((error) => !/first-screens\/|Failed to load resource/.test(error))).toEqual([]);
    await session.context.close();
  });

  it("is the app's own reading screen when the story's first screen comes after the app has started", async () => {
    // A slow connection: the page's loader stops waiting for a paint after 3 s and the app starts; the file that comes
    // later must not replace what the app shows.
    const session = await open(browser, undefined, { serviceWorkers: 'block' });
    const { page } = session;
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let arrived = false;
    await page.route(/\/first-screens\//, async (route) => {
      await released;
      await route.continue();
      arrived = true;
    });
    await page.goto(`${session.base}#/read/keluarga-nita`, { waitUntil: 'domcontentloaded' });
    await appReady(page);
    await page.getByRole('img', { name: /^Malam hari di ruang tengah rumah/ }).waitFor();
    await page.evaluate("document.querySelector('.guided-stage').fromApp = true");
    release();
    await expect.poll(() => arrived).toBe(true);
    await page.getByRole('button', { name: /^Lanjut/ }).click();
    await page.getByRole('img', { name: /^Bu Euis memegang dagunya/ }).waitFor();
    expect(await page.evaluate("document.querySelector('.guided-stage').fromApp === true")).toBe(true);
    expect(await page.locator('#root').getAttribute('data-page')).toBeNull();
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it("is the library's own nodes once the app has started, and they work", async () => {
    // The app takes over (hydrates) the page's library rather than building it again: on a slow phone the second
    // style and layout of the whole screen was 160-290 ms of blocked main thread (issue 21).
    const session = await open(browser, undefined, { serviceWorkers: 'block' });
    const { page } = session;
    const release = await holdScripts(page);
    await page.goto(session.base, { waitUntil: 'domcontentloaded' });
    await page.evaluate("document.querySelectorAll('.library, .story-card, .tab-bar').forEach((node) => (node.fromPage = true))");
    release();
    await appReady(page);
    expect(await page.evaluate("[...document.querySelectorAll('.library, .story-card, .tab-bar')].every((node) => node.fromPage)")).toBe(true);
    const facilitator = page.getByRole('button', { name: 'Untuk fasilitator' });
    await facilitator.click();
    await expect.poll(() => facilitator.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('link', { name: 'Tampilkan untuk kelompok' }).count()).toBeGreaterThan(0);
    expect(session.errors).toEqual([]);
  });

  it("does not fetch the reader's code while the library starts, its offline rows and download offer shown", async () => {
    // The offline row shared one small module with the reader, and the reader's chunk (100 KB) came with it: fetched,
    // compiled and run on every first visit, beside the app's start (issue 21). The reader comes when a story opens.
    const session = await open(browser);
    const { page } = session;
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(session.base);
    await appReady(page);
    await page
      .getByRole('button', { name: /^Simpan di HP \([\d,]+\sMB\)$/ })
      .first()
      .waitFor();
    await page.getByRole('button', { name: /^Semua cerita sekarang \([\d,]+\sMB\)$/ }).waitFor();
    expect(scripts.filter((path) => /\/reader-[\w-]+\.js$/.test(path))).toEqual([]);
    await page.getByRole('link', { name: 'Mulai baca' }).first().click();
    await page.locator('.guided-panel .panel-art').first().waitFor();
    expect(scripts.filter((path) => /\/reader-[\w-]+\.js$/.test(path))).toHaveLength(1);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('offers all stories at the same size in the page as the list of their files, which the app shows once it arrives', async () => {
    // The page counted the pictures alone (4.9 MB), the list counts their text too (5.3 MB): the offer's size changed
    // under the reader's eyes a moment after the start.
    const session = await open(browser, undefined, { serviceWorkers: 'block' });
    const { page } = session;
    const inPage = /Semua cerita sekarang \(([\d,]+\sMB)\)/.exec(await (await page.request.get(session.base)).text())?.[1];
    const { bytes } = (await (await page.request.get(`${session.base}offline-sizes.json`)).json()) as { bytes: number };
    expect(inPage).toBe(formatBytes(bytes, 'id'));
    await page.goto(session.base);
    await appReady(page);
    await page.getByRole('button', { name: `Semua cerita sekarang (${formatBytes(bytes, 'id')})` }).waitFor();
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it("asks for the app's files one per task after the first paint, the entry last", async () => {
    // Starting a request is a few milliseconds of a slow phone's main thread: the loader asked for all four in one task,
    // 15-18 ms at full speed, which Lighthouse's 10x simulation counted as 100-130 ms of blocking (issue 21). A flag
    // set at each request and cleared by a microtask (they run when a task ends) tells two requests in one task.
    const session = await open(browser, undefined, { serviceWorkers: 'block' });
    const { page } = session;
    await page.addInitScript(() => {
      const asked: { href: string; sameTask: boolean }[] = [];
      let pending = false;
      Object.assign(window, { asked });
      const append = Node.prototype.appendChild;
      Node.prototype.appendChild = function <T extends Node>(this: Node, node: T): T {
        if (node instanceof HTMLLinkElement && node.rel === 'modulepreload') asked.push({ href: node.href, sameTask: pending });
        else if (node instanceof HTMLScriptElement && node.type === 'module') asked.push({ href: `entry ${node.src}`, sameTask: pending });
        else return append.call(this, node) as T;
        pending = true;
        queueMicrotask(() => (pending = false));
        return append.call(this, node) as T;
      };
    });
    await page.goto(session.base);
    await appReady(page);
    const asked = (await page.evaluate('window.asked')) as { href: string; sameTask: boolean }[];
    expect(asked.length).toBeGreaterThanOrEqual(3);
    expect(asked.filter((request) => request.sameTask)).toEqual([]);
    expect(asked.at(-1)!.href).toMatch(/^entry .*\/assets\/index-[\w-]+\.js$/);
    expect(asked.slice(0, -1).every((request) => /\/assets\/[\w-]+\.js$/.test(request.href))).toBe(true);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it.each([
    { locale: 'id-ID', next: /^Lanjut/, back: /Kembali/, firstPanel: /^Malam hari di ruang tengah rumah/, secondPanel: /^Bu Euis memegang dagunya/ },
    // On an English phone the page's panel is English too (above): the app keeps it rather than drawing its own.
    { locale: 'en-US', next: /^Next/, back: /^(‹ )?Back$/, firstPanel: /^Evening in the living room/, secondPanel: /^Mrs Euis holds her chin/ },
  ])("is the first panel's own nodes once the app has started, and reading goes on ($locale)", async (phone) => {
    const session = await open(browser, undefined, { serviceWorkers: 'block', locale: phone.locale });
    const { page } = session;
    const release = await holdScripts(page);
    await page.goto(`${session.base}#/read/keluarga-nita`, { waitUntil: 'domcontentloaded' });
    await page.locator('.guided-stage').waitFor();
    await page.evaluate("document.querySelectorAll('.guided-stage, .panel-art, .step-next').forEach((node) => (node.fromPage = true))");
    release();
    await appReady(page);
    expect(await page.evaluate("[...document.querySelectorAll('.guided-stage, .step-next')].every((node) => node.fromPage)")).toBe(true);
    await page.getByRole('button', { name: phone.next }).click();
    await page.getByRole('img', { name: phone.secondPanel }).waitFor();
    // One step per tap: Back goes to the first panel.
    await page.getByRole('button', { name: phone.back }).click();
    await page.getByRole('img', { name: phone.firstPanel }).waitFor();
    expect(session.errors).toEqual([]);
  });

  it('is put right by the app when it is not what the app draws', async () => {
    // Should the page's library ever differ from the app's first render, React renders the screen afresh: the
    // reader sees the app's words, not the page's.
    const session = await open(browser, undefined, { serviceWorkers: 'block' });
    const { page } = session;
    const release = await holdScripts(page);
    await page.goto(session.base, { waitUntil: 'domcontentloaded' });
    await page.evaluate("document.querySelector('#library-title').textContent = 'Bukan judulnya'");
    release();
    await appReady(page);
    await expect.poll(() => page.locator('#library-title').innerText()).toBe('Komik Saku');
    await page.getByRole('button', { name: 'Untuk fasilitator' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Tampilkan untuk kelompok' }).count()).toBeGreaterThan(0);
    // React reports the mismatch once, as a hydration error; nothing else goes wrong.
    expect(session.errors.filter((error) => !/#418|[Hh]ydrat/.test(error))).toEqual([]);
    expect(session.errors.length).toBeLessThanOrEqual(1);
  });

  it('works before the app has started: a story tapped on it opens once the app is there', async () => {
    const session = await open(browser, undefined, { serviceWorkers: 'block' });
    const { page } = session;
    const release = await holdScripts(page);
    // (Not waiting for the page's load event: that waits for the scripts held back here.)
    await page.goto(session.base, { waitUntil: 'domcontentloaded' });
    await page.locator('[href="#/read/keluarga-nita"]').getByText('Mulai baca').click();
    expect(page.url()).toMatch(/#\/read\/keluarga-nita$/);
    release();
    await page.getByRole('img', { name: /^Malam hari di ruang tengah rumah/ }).waitFor();
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it("keeps a tap on a story's first panel made before the app has started, and the reader takes that step", async () => {
    const session = await open(browser, undefined, { serviceWorkers: 'block' });
    const { page } = session;
    const release = await holdScripts(page);
    await page.goto(`${session.base}#/read/keluarga-nita`, { waitUntil: 'domcontentloaded' });
    const stage = page.locator('.guided-stage');
    await stage.waitFor();
    // Read, as a youth would, until the balloons are all there (a tap while they appear shows them at once instead).
    await expect.poll(() => page.evaluate("document.getAnimations().filter((animation) => animation.playState === 'running').length")).toBe(0);
    const box = (await stage.boundingBox())!;
    // The third where reading starts goes back: nothing to keep on the first panel.
    await page.mouse.click(box.x + box.width * 0.1, box.y + box.height / 2);
    expect(await page.locator('html').getAttribute('data-early-step')).toBeNull();
    await page.mouse.click(box.x + box.width * 0.8, box.y + box.height / 2);
    expect(await page.locator('html').getAttribute('data-early-step')).toBe('next keluarga-nita');
    // The button shows that the tap was taken.
    expect(await page.locator('.step-next').getAttribute('class')).toContain('step-pending');
    release();
    await appReady(page);
    await page.getByRole('img', { name: /^Bu Euis memegang dagunya/ }).waitFor();
    expect(await page.locator('html').getAttribute('data-early-step')).toBeNull();
    // One step only: Back goes to the first panel.
    await page.getByRole('button', { name: /Kembali/ }).click();
    await page.getByRole('img', { name: /^Malam hari di ruang tengah rumah/ }).waitFor();
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('is left to the app for a returning reader, another screen or a wide screen', async () => {
    const returning = await open(browser, undefined, { serviceWorkers: 'block' });
    await returning.page.goto(`${returning.base}#/read/sample`);
    await appReady(returning.page);
    await returning.page.getByRole('button', { name: /^Lanjut/ }).click();
    await returning.page.getByRole('img', { name: /^Pak Darto menyorongkan amplop/ }).waitFor();
    await withoutScripts(returning);
    // Their place is panel 2, not the first-visit screen's panel 1 (nor its "not read yet" library): nothing is shown
    // until the app can show the right thing.
    for (const address of ['#/read/sample', '#/']) {
      await returning.page.goto(`${returning.base}${address}`);
      await returning.page.reload(); // a new page, not only a new address
      expect(await rootText(returning.page)).toBe('');
    }
    await returning.context.close();

    const elsewhere = await open(browser, undefined, { serviceWorkers: 'block' });
    await withoutScripts(elsewhere);
    await elsewhere.page.goto(`${elsewhere.base}#/help`);
    expect(await rootText(elsewhere.page)).toBe('');
    await elsewhere.context.close();

    // A projector or tablet opens a story in the page view, which the page does not bring.
    const wide = await open(browser, PROJECTOR, { serviceWorkers: 'block' });
    await withoutScripts(wide);
    await wide.page.goto(`${wide.base}#/read/sample`);
    expect(await rootText(wide.page)).toBe('');
    await wide.context.close();
  });
});
