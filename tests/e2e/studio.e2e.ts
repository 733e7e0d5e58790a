/**
 * The Studio at 1280x720 with the keyboard alone: a new story, a second scene, a choice leading to it and a balloon,
 * all kept in the browser's IndexedDB across a reload; the live check with nothing to fix; axe on the screen. On the story map, a scene
 * added and the choice dragged to it with the mouse (axe there too), which the outline then shows. Then a bundled story
 * adapted, read in the preview as it is edited, a balloon dragged on its picture, translated in the translation view and
 * read in English in the preview, given a picture of its own (a PNG framed by keyboard; an SVG with a script refused),
 * given a picture composed from the art kit (Sari, a character built from pictures, a notice board; equal to what the
 * kit makes from the spec the panel keeps, which the folder export writes too), saved as a
 * pack and opened again as a second draft that still has its balloon's place and the picture.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { Story } from '../../src/story/schema';
import { composeStoryPanel } from '../../src/studio/kit/kit-draw';
import { appReady, expectAccessible, expectSameOrigin, launch, open, PHONE, PROJECTOR, screenshot } from './browser';
import { ROOT } from './servers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A field by its accessible name (a label wrapping a text area also holds the area's text, so not by label text). */
const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

/** Focus lands on a field (as Tab would take it there) and the keyboard does the rest. */
async function type(page: Page, name: string, text: string) {
  await field(page, name).focus();
  await page.keyboard.type(text);
}
async function press(page: Page, name: string | RegExp, key = 'Enter') {
  await page.getByRole('button', { name }).focus();
  await page.keyboard.press(key);
}

const INKSCAPE_SVG = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<svg width="210mm" height="148mm" viewBox="0 0 210 148" version="1.1" id="svg5" inkscape:version="1.2.2" sodipodi:docname="perahu.svg"
   xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
   xmlns="http://www.w3.org/2000/svg" xmlns:svg="http://www.w3.org/2000/svg">
  <sodipodi:namedview id="namedview7" pagecolor="#ffffff" inkscape:zoom="0.74" />
  <g inkscape:label="Lapisan 1" inkscape:groupmode="layer" id="layer1"><rect style="fill:#c0392b" width="79" height="30" x="60" y="80" /></g>
</svg>`;
const SVG_WITH_SCRIPT = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script><rect width="9" height="9"/></svg>';

/** A landscape photo-like PNG, drawn by the browser: a sky, a sea and a boat. */
async function drawnPng(page: Page): Promise<Buffer> {
  const bytes = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(1200, 800);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#7ec8e3';
    context.fillRect(0, 0, 1200, 400);
    context.fillStyle = '#1d4e89';
    context.fillRect(0, 400, 1200, 400);
    context.fillStyle = '#c0392b';
    context.fillRect(700, 330, 300, 90);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    return [...new Uint8Array(await blob.arrayBuffer())];
  });
  return Buffer.from(bytes);
}

/** The preview's panel shows a picture of the draft's own (an object URL), loaded. */
async function expectOwnPicture(phone: ReturnType<Page['getByRole']>) {
  const art = phone.locator('img.panel-art');
  await expect.poll(() => art.evaluate((image: HTMLImageElement) => image.src.startsWith('blob:') && image.complete && image.naturalWidth > 0)).toBe(true);
}

describe('the Studio', () => {
  it('writes a two-scene story with a choice and a balloon by keyboard, keeps it over a reload, and checks it with nothing to fix; saves an adapted story as a pack and opens it again', async () => {
    const session = await open(browser, PROJECTOR);
    const { page } = session;
    await page.goto(`${session.base}#/studio`);
    await appReady(page);

    await type(page, 'Judul', 'Di Pelabuhan');
    await type(page, 'Nama tokoh 1', 'Rina');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Di Pelabuhan' }).waitFor();

    await type(page, 'Judul adegan baru', 'Di warung');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Adegan: Di warung' }).waitFor();

    await press(page, /^Awal/);
    await page.getByRole('heading', { name: 'Adegan: Awal' }).waitFor();
    // "Lalu": the story ends → the reader chooses (one up in the list).
    await page.getByLabel('Lalu').focus();
    await page.keyboard.press('ArrowUp');
    await type(page, 'Teks pilihan', 'Tanya dulu ke Disnaker');
    await press(page, 'Tambah balon', 'Space');
    await type(page, 'Teks', 'Aku mau kerja di kapal.');

    // Nothing to fix; the starter words (the summary, the two panels' descriptions, the ending) are named to write.
    const clean = page.getByText('0 harus diperbaiki, 4 perlu dilihat');
    await clean.waitFor();
    // The preview beside the editor reads the balloon just typed, on the selected panel.
    await page.getByRole('group', { name: 'Cerita di layar ponsel' }).getByText('Aku mau kerja di kapal.').waitFor();
    await page.getByText('Tersimpan di perangkat ini').waitFor();

    await page.reload();
    await appReady(page);
    await page.getByRole('heading', { level: 1, name: 'Di Pelabuhan' }).waitFor();
    expect(await field(page, 'Teks').inputValue()).toBe('Aku mau kerja di kapal.');
    expect(await field(page, 'Teks pilihan').inputValue()).toBe('Tanya dulu ke Disnaker');
    expect(await page.getByLabel('Menuju adegan').evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe('Di warung');
    expect(await page.getByRole('navigation', { name: 'Adegan' }).getByRole('listitem').allInnerTexts()).toEqual(['Awal awal', 'Di warung']);
    await clean.waitFor();

    await expectAccessible(page, 'the Studio editor');
    await screenshot(page, 'studio-editor-1280');

    // The story map: a scene added there, the choice dragged to it with the mouse, and the outline follows.
    await press(page, 'Peta cerita');
    const map = page.getByRole('region', { name: 'Peta cerita' });
    await map.getByRole('button', { name: /^Adegan: Awal/ }).waitFor();
    await type(page, 'Judul adegan baru', 'Di pelabuhan');
    await page.keyboard.press('Enter');
    const harbour = map.getByRole('button', { name: /^Adegan: Di pelabuhan/ });
    await harbour.waitFor();
    // The whole map in view, so both ends of the drag are on screen.
    await page.getByRole('button', { name: 'Tampilkan seluruh peta' }).click();
    const handle = (await map.locator('[data-id="scene:awal"] .map-exit').boundingBox())!;
    const target = (await harbour.boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 8 });
    await page.mouse.up();
    await map.getByRole('img', { name: 'Dari “Awal”, pilihan “Tanya dulu ke Disnaker” ke “Di pelabuhan”' }).waitFor({ state: 'attached' });
    await expectAccessible(page, 'the story map');
    await screenshot(page, 'studio-map-1280');
    await map.getByRole('button', { name: /^Adegan: Awal/ }).focus();
    await page.keyboard.press('Enter');
    expect(await page.getByLabel('Menuju adegan').evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe('Di pelabuhan');
    await page.getByRole('link', { name: 'Semua draf' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('article', { name: 'Di Pelabuhan' }).waitFor();
    await expectAccessible(page, 'the Studio home with a pack to open');

    // A bundled story adapted, read in the preview as it is edited, saved as a pack and opened again as a second draft.
    // (The select's name holds its chosen option's title too: found by its form.)
    await page.locator('.studio-bundled select').selectOption('sample');
    await page.getByRole('button', { name: 'Buat draf darinya' }).click();
    const title = page.getByRole('heading', { level: 1, name: 'Contoh: Tawaran di Warung' });
    await title.waitFor();
    const first = page.url();
    // On a phone the editor fits the screen's width (selects as wide as their longest option had made it 553 px).
    await page.setViewportSize(PHONE);
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBe(PHONE.width);
    await page.setViewportSize(PROJECTOR);

    await field(page, 'Teks').nth(1).fill('Sari! Mau kerja di kapal?');
    const phone = page.getByRole('group', { name: 'Cerita di layar ponsel' });
    await phone.getByText('Sari! Mau kerja di kapal?').waitFor();

    // On the first panel's picture, the balloon is dragged down with the mouse and its tail's tip to the bottom left:
    // the fractions the story keeps change, and the preview draws it there.
    const stage = page.getByRole('group', { name: 'Balon di gambar' }).first();
    await stage.locator('.stage-room').evaluate((room) => room.scrollIntoView({ block: 'center' }));
    const frame = (await stage.locator('.stage-handles').boundingBox())!;
    const drag = async (handle: string | RegExp, to: (from: { x: number; y: number }) => { x: number; y: number }) => {
      const box = (await stage.getByRole('button', { name: handle }).boundingBox())!;
      const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      const end = to(from);
      await page.mouse.move(end.x, end.y, { steps: 4 });
      await page.mouse.up();
    };
    await drag(/^Balon 2:/, (from) => ({ x: from.x, y: from.y + 0.4 * frame.height }));
    await drag('Ujung ekor Balon 2', () => ({ x: frame.x + 0.2 * frame.width, y: frame.y + 0.9 * frame.height }));
    await stage.getByText('Balon 2: 46% dari kiri, 42% dari atas, lebar 52%, tinggi 30%. Ekornya menunjuk ke 20% dari kiri, 90% dari atas.').waitFor();
    const drawn = () =>
      phone.locator('[data-balloon="darto"]').evaluate((balloon) => {
        const layer = balloon.closest('.balloon-layer')!.getBoundingClientRect();
        const wedge = balloon.querySelector('.balloon-tail path')!;
        const tail = wedge.closest('svg')!.getBoundingClientRect();
        const [, , x, y] = wedge
          .getAttribute('d')!
          .match(/-?[\d.]+/g)!
          .map(Number);
        const round = (value: number) => Math.round(value * 100) / 100;
        return {
          top: round((balloon.getBoundingClientRect().top - layer.top) / layer.height),
          tip: { x: round((tail.left + x! * tail.width - layer.left) / layer.width), y: round((tail.top + y! * tail.height - layer.top) / layer.height) },
        };
      });
    await expect.poll(drawn).toEqual({ top: 0.42, tip: { x: 0.2, y: 0.9 } });
    await screenshot(page, 'studio-stage-1280');
    await expectAccessible(page, 'the balloon stage with a balloon selected');
    // Each drag is one undo step.
    await page.getByRole('button', { name: 'Urungkan' }).click();
    await stage.getByText(/^Balon 2: 46% dari kiri, 42% dari atas.*Ekornya menunjuk ke 71% dari kiri, 38% dari atas\.$/).waitFor();
    await page.getByRole('button', { name: 'Ulangi' }).click();

    // Translated in the translation view: the edited balloon's English is stale until typed again, and the preview
    // reads the draft in English meanwhile. Only what is to do is shown (axe over all 44 strings would cost 10 s).
    await press(page, /^Terjemahan$/);
    const view = page.getByRole('region', { name: 'Terjemahan' });
    await view.getByRole('radio', { name: 'Yang perlu dikerjakan' }).focus();
    await page.keyboard.press('Space');
    expect(await view.getByRole('textbox').count()).toBe(1);
    const balloon = view.getByRole('textbox', { name: 'Balon · Pak Darto Sari! Mau kerja di kapal?' });
    expect(await view.getByText('Teks asli sudah berubah sejak diterjemahkan: periksa terjemahannya.').count()).toBe(1);
    await balloon.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Sari! Want to work on a ship?');
    await phone.getByText('Sari! Want to work on a ship?').waitFor();
    expect(await view.getByText('Teks asli sudah berubah sejak diterjemahkan: periksa terjemahannya.').count()).toBe(0);
    // The translator's file, written and read back by the XLIFF library in the browser's own bundle.
    await view.getByText('Berkas untuk penerjemah', { exact: true }).click();
    const [xliff] = await Promise.all([page.waitForEvent('download'), view.getByRole('button', { name: 'Unduh berkas untuk penerjemah' }).click()]);
    expect(xliff.suggestedFilename()).toBe('sample-en.xlf');
    expect(readFileSync((await xliff.path())!, 'utf8')).toContain('<target>Sari! Want to work on a ship?</target>');
    await view.getByLabel('Masukkan berkas dari penerjemah (.xlf)').setInputFiles((await xliff.path())!);
    await view.getByText(/^0 teks diperbarui dari /).waitFor();
    await expectAccessible(page, 'the translation view');
    await screenshot(page, 'studio-translate-1280');
    await press(page, /^Kerangka$/);

    // The first panel's own picture: a landscape PNG (drawn here) framed by keyboard, kept as WebP, shown in the preview.
    const panel = page.getByRole('article', { name: 'Panel 1' }).first();
    await panel.getByLabel('Pilih gambar').setInputFiles({ name: 'foto.png', mimeType: 'image/png', buffer: await drawnPng(page) });
    await panel.getByText(/Gambar lebih lebar dari panel: untuk mengisi panel, \d+% gambar/).waitFor();
    await panel.getByLabel('Geser kiri–kanan').focus();
    await page.keyboard.press('End');
    await panel.getByRole('region', { name: 'Atur gambar di panel' }).evaluate((element) => element.scrollIntoView());
    await screenshot(page, 'studio-picture-framing-1280');
    await press(page, 'Pakai gambar ini');
    await panel.getByText(/^Gambar disimpan di draf: \d+ KB dari 80 KB untuk satu panel\.$/).waitFor();
    const own = await panel.getByLabel('Berkas gambar').inputValue();
    expect(own).toMatch(/\.webp$/);
    await expectOwnPicture(phone);
    await panel.getByLabel('Berkas gambar').evaluate((element) => element.scrollIntoView());
    await screenshot(page, 'studio-picture-1280');
    // An SVG with a script is refused in the checker's words, and the panel keeps its picture.
    await panel.getByLabel('Pilih gambar').setInputFiles({ name: 'jahat.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(SVG_WITH_SCRIPT) });
    await panel.getByRole('alert').getByText('<script> is not allowed: it runs code', { exact: false }).waitFor();
    expect(await panel.getByLabel('Berkas gambar').inputValue()).toBe(own);
    // An SVG saved from Inkscape is kept for the second panel, without the program's notes, in Chromium's own parser.
    const second = page.getByRole('article', { name: 'Panel 2' }).first();
    await second.getByLabel('Pilih gambar').setInputFiles({ name: 'perahu.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(INKSCAPE_SVG) });
    await second.getByText(/Catatan program gambar yang bukan gambar dihapus: .*<sodipodi:namedview>/).waitFor();
    const inkscape = await second.getByLabel('Berkas gambar').inputValue();
    expect(inkscape).toMatch(/\.svg$/);
    // The third panel composed from the art kit: a place, Sari added, her pose picked from her pictures, moved by
    // keyboard and by mouse; the preview follows each change, and the picture is kept with the draft.
    const third = page.getByRole('article', { name: 'Panel 3' }).first();
    await third.getByRole('button', { name: 'Susun gambar dari kit' }).click();
    const kit = third.getByRole('region', { name: 'Susun gambar panel' });
    const preview = kit.getByRole('img', { name: 'Pratinjau gambar panel' });
    await kit.getByRole('combobox', { name: /^Tempat/ }).selectOption('harbour');
    await kit.getByRole('combobox', { name: /^Tambah tokoh/ }).selectOption('sari');
    const standing = await preview.getAttribute('src');
    await kit.getByRole('button', { name: 'Menunjuk', exact: true }).click();
    await expect.poll(() => preview.getAttribute('src')).not.toBe(standing);
    const sari = kit.getByRole('button', { name: /^Geser Sari/ });
    await sari.focus();
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => sari.evaluate((element) => Math.round(parseFloat(element.style.left)))).toBe(40);
    const room = (await kit.locator('.kit-room').boundingBox())!;
    const held = (await sari.boundingBox())!;
    await page.mouse.move(held.x + held.width / 2, held.y + held.height / 2);
    await page.mouse.down();
    await page.mouse.move(held.x + held.width / 2 - 0.1 * room.width, held.y + held.height / 2, { steps: 3 });
    await page.mouse.up();
    // A new character built from pictures (a man in a peci) joins her, and a notice board stands between them.
    await kit.getByText('Buat tokoh (rupa dan pakaian)').click();
    await kit.getByLabel('Nama', { exact: true }).fill('Pak Usman');
    await kit.getByRole('group', { name: 'Perempuan atau laki-laki' }).getByRole('button', { name: 'Laki-laki' }).click();
    await kit.getByRole('group', { name: 'Tutup kepala' }).getByRole('button', { name: 'Peci' }).click();
    await kit.locator('.kit-builder').evaluate((element) => element.scrollIntoView());
    await screenshot(page, 'studio-kit-builder-1280');
    await kit.getByRole('button', { name: 'Simpan tokoh' }).click();
    await kit.getByText('Tokoh disimpan di cerita ini.', { exact: false }).waitFor();
    await kit.getByRole('combobox', { name: /^Tambah tokoh/ }).selectOption('pak-usman');
    await kit.getByRole('button', { name: 'Menelepon', exact: true }).click();
    await kit.getByRole('combobox', { name: /^Tambah benda/ }).selectOption('notice-board');
    await expect.poll(() => kit.getByRole('button', { name: /^Geser / }).count()).toBe(3);
    await kit.locator('.kit-room').evaluate((element) => element.scrollIntoView());
    await screenshot(page, 'studio-kit-1280');
    await expectAccessible(page, 'the kit composer');
    await kit.getByRole('button', { name: 'Pakai gambar ini' }).click();
    await kit.getByText('Gambar disimpan dan dipakai di panel ini.').waitFor();
    const composed = await third.getByLabel('Berkas gambar').inputValue();
    expect(composed).toBe('warung-3-2.svg');
    // The new character's name is a new text: the English translation, marked reviewed, needs it before the pack.
    await press(page, /^Terjemahan$/);
    await page
      .getByRole('region', { name: 'Terjemahan' })
      .getByRole('textbox', { name: /Pak Usman/ })
      .fill('Pak Usman');
    await press(page, /^Kerangka$/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Simpan sebagai paket' }).click()]);
    expect(download.suggestedFilename()).toBe('sample.komik');
    // The pack as an author's checkout takes it: story:unpack places it and its checker finds no error.
    const checkout = mkdtempSync(join(tmpdir(), 'komik-studio-'));
    onTestFinished(() => rmSync(checkout, { recursive: true, force: true }));
    const unpacked = spawnSync(
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      [join(ROOT, 'tools', 'story-unpack.ts'), (await download.path())!, '--dest', checkout],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(unpacked.status, unpacked.stdout + unpacked.stderr).toBe(0);
    expect(unpacked.stdout).toMatch(/checked: 0 errors/);
    // The same draft as a checkout's folders: the draft's own pictures and the app's it still uses, its translation
    // with what was typed in the view.
    const [folder] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ekspor ke folder' }).click()]);
    expect(folder.suggestedFilename()).toBe('sample-folder.zip');
    const files = unzipSync(readFileSync((await folder.path())!));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        `public/panels/sample/${own}`,
        `public/panels/sample/${inkscape}`,
        `public/panels/sample/${composed}`,
        'public/panels/sample/disnaker-1.svg',
      ]),
    );
    // The composed picture is what the kit (npm run art's code) makes from the spec the panel keeps: Sari pointing at
    // the harbour, 10% further right by keyboard and 10% back by mouse.
    const saved = JSON.parse(new TextDecoder().decode(files['stories/sample/story.json'])) as Story;
    const spec = saved.scenes[0]!.pages[0]!.panels[2]!.compose!;
    expect(spec).toMatchObject({
      background: 'harbour',
      characters: [
        { id: 'sari', pose: 'point', x: expect.closeTo(0.3, 1) },
        { id: 'pak-usman', pose: 'phone-call', flip: true },
      ],
      props: [{ id: 'notice-board' }],
    });
    expect(saved.characters.find((character) => character.id === 'pak-usman')?.look).toMatchObject({ sex: 'm', extras: ['peci'] });
    // The folder holds the spec too, for npm run art to draw the same picture in the checkout (tests/unit/studio-folder).
    expect(JSON.parse(new TextDecoder().decode(files['tools/art/specs/sample.json']))).toEqual({ panels: { [composed]: spec } });
    expect(new TextDecoder().decode(files[`public/panels/sample/${composed}`])).toBe(composeStoryPanel(spec, saved.characters)!.svg);
    expect(new TextDecoder().decode(files['stories/sample/i18n/en.json'])).toContain('"text": "Sari! Want to work on a ship?"');
    await page.getByRole('link', { name: 'Semua draf' }).click();
    await page.getByLabel('Berkas paket (.komik)').setInputFiles((await download.path())!);
    await page.waitForURL((url) => url.href !== first && url.hash.startsWith('#/studio/d-'));
    await title.waitFor();
    expect(await field(page, 'Teks').nth(1).inputValue()).toBe('Sari! Mau kerja di kapal?');
    // Where the balloon was put is in the pack too.
    const reopened = page.getByRole('group', { name: 'Balon di gambar' }).first();
    await reopened.getByRole('button', { name: /^Balon 2:/ }).focus();
    await reopened.getByText('Balon 2: 46% dari kiri, 42% dari atas, lebar 52%, tinggi 30%. Ekornya menunjuk ke 20% dari kiri, 90% dari atas.').waitFor();
    // The pack carried the picture: the new draft keeps it and shows it.
    expect(await page.getByRole('article', { name: 'Panel 1' }).first().getByLabel('Berkas gambar').inputValue()).toBe(own);
    await expectOwnPicture(phone);
    expect(await page.getByRole('article', { name: 'Panel 2' }).first().getByLabel('Berkas gambar').inputValue()).toBe(inkscape);
    expectSameOrigin(session);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
