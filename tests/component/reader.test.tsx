import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useLessons } from '../../src/store/lessons';
import { useProgress } from '../../src/store/progress';
import { useSettings } from '../../src/store/settings';
import { renderApp } from './render-app';

async function openSample() {
  const app = await renderApp('#/read/sample');
  await screen.findByRole('img', { name: /Sore hari di warung kopi desa/ });
  return app;
}

const next = () => fireEvent.click(screen.getByRole('button', { name: /Lanjut/ }));

describe('reading a story', () => {
  it('shows the first panel as a figure with its description, and its balloons as text in reading order with speakers', async () => {
    await openSample();
    const figure = screen.getByRole('figure');
    const paragraphs = within(figure)
      .getAllByText(/.+/, { selector: '.balloon-text' })
      .map((node) => node.textContent);
    expect(paragraphs).toEqual(['Desa di Jawa Timur, sore hari.', 'Sari! Mau kerja di Hong Kong?']);
    expect(within(figure).getByText('Pak Darto')).toHaveClass('balloon-speaker');
    expect(screen.getByText('Adegan 1/4')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Kembali/ })).toBeDisabled();
  });

  it('moves with the next button, the arrow keys and taps on either side of the panel', async () => {
    await openSample();
    next();
    expect(await screen.findByRole('img', { name: /amplop tebal/ })).toBeInTheDocument();
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(await screen.findByRole('img', { name: /memegang dagunya/ })).toBeInTheDocument();
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(await screen.findByRole('img', { name: /amplop tebal/ })).toBeInTheDocument();
    const stage = document.querySelector('.guided-stage') as HTMLElement;
    stage.getBoundingClientRect = () => ({ left: 0, top: 0, width: 300, height: 400, right: 300, bottom: 400, x: 0, y: 0, toJSON: () => ({}) });
    fireEvent.pointerDown(stage, { clientX: 40, clientY: 100, button: 0 });
    fireEvent.pointerUp(stage, { clientX: 40, clientY: 100, button: 0 });
    expect(await screen.findByRole('img', { name: /Sore hari di warung/ })).toBeInTheDocument();
    fireEvent.pointerDown(stage, { clientX: 250, clientY: 100, button: 0 });
    fireEvent.pointerUp(stage, { clientX: 250, clientY: 100, button: 0 });
    expect(await screen.findByRole('img', { name: /amplop tebal/ })).toBeInTheDocument();
  });

  it('counts every tap, however quick: two on, then back and on, before any step was drawn', async () => {
    await openSample();
    const stage = document.querySelector('.guided-stage') as HTMLElement;
    stage.getBoundingClientRect = () => ({ left: 0, top: 0, width: 300, height: 400, right: 300, bottom: 400, x: 0, y: 0, toJSON: () => ({}) });
    const tap = (x: number) => {
      fireEvent.pointerDown(stage, { clientX: x, clientY: 100, button: 0 });
      fireEvent.pointerUp(stage, { clientX: x, clientY: 100, button: 0 });
    };
    const panels = (which: string) => [...stage.querySelectorAll(`:scope > .${which} [data-panel]`)].map((panel) => (panel as HTMLElement).dataset.panel);
    const savedPanel = () => {
      const at = useProgress.getState().saves.sample?.at;
      return at?.kind === 'panel' ? at.panel : undefined;
    };
    // The next panel waits in the page, so a tap shows it at once and the step follows (guided-view.tsx).
    await waitFor(() => expect(panels('guided-panel-waiting')).toEqual(['warung-2']));
    tap(250);
    tap(250);
    expect(await screen.findByRole('img', { name: /memegang dagunya/ })).toBeInTheDocument();
    await waitFor(() => expect(savedPanel()).toBe('warung-3'));
    // Back to the panel before (waiting in the page), and on again at once.
    await waitFor(() => expect(panels('guided-panel-waiting')).toEqual(['warung-2']));
    tap(40);
    tap(250);
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(panels('guided-panel')).toEqual(['warung-3']);
    expect(savedPanel()).toBe('warung-3');
  });

  it("shows one panel, the reader's, when a key moves the reader while a tapped step still waits for its frame", async () => {
    await openSample();
    next();
    const stage = document.querySelector('.guided-stage') as HTMLElement;
    stage.getBoundingClientRect = () => ({ left: 0, top: 0, width: 300, height: 400, right: 300, bottom: 400, x: 0, y: 0, toJSON: () => ({}) });
    const panels = (which: string) => [...stage.querySelectorAll(`:scope > .${which} [data-panel]`)].map((panel) => (panel as HTMLElement).dataset.panel);
    await waitFor(() => expect(panels('guided-panel-waiting')).toEqual(['warung-1', 'warung-3']));
    // The tap shows warung-3 in the page at once; the key goes back before that step is drawn, and the step follows.
    fireEvent.pointerDown(stage, { clientX: 250, clientY: 100, button: 0 });
    fireEvent.pointerUp(stage, { clientX: 250, clientY: 100, button: 0 });
    expect(panels('guided-panel')).toEqual(['warung-3']);
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(panels('guided-panel')).toEqual(['warung-1']);
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(panels('guided-panel')).toEqual(['warung-2']);
    expect(stage.querySelectorAll(':scope > div:not([aria-hidden])')).toHaveLength(1);
  });

  it('offers choices as buttons, shows why one is unavailable, and can undo the last choice', async () => {
    await openSample();
    next();
    next();
    next();
    expect(await screen.findByRole('heading', { name: 'Apa yang sebaiknya Sari lakukan?' })).toHaveFocus();
    fireEvent.click(screen.getByRole('button', { name: /Terima uangnya/ }));
    expect(await screen.findByRole('img', { name: /paspor Sari/ })).toBeInTheDocument();
    next();
    next();
    const official = await screen.findByRole('button', { name: /Berangkat dengan kontrak/ });
    expect(official).toBeDisabled();
    expect(official).toHaveAccessibleDescription('Sari belum punya perjanjian kerja dari perusahaan resmi.');
    fireEvent.click(screen.getByRole('button', { name: 'Batalkan pilihan terakhir' }));
    expect(await screen.findByRole('button', { name: /Tanya dulu ke Disnaker/ })).toBeEnabled();
  });

  it('reaches an ending with the lessons learned and missed, records them, and can try another choice', async () => {
    await openSample();
    for (let i = 0; i < 3; i++) next();
    fireEvent.click(await screen.findByRole('button', { name: /Tanya dulu ke Disnaker/ }));
    next();
    next();
    next();
    fireEvent.click(await screen.findByRole('button', { name: /Berangkat dengan kontrak/ }));
    next();
    expect(await screen.findByRole('heading', { name: 'Berangkat dengan aman' })).toBeInTheDocument();
    expect(screen.getByText('Akhir yang baik')).toBeInTheDocument();
    // The ways on come first, then the path's lessons as compact rows.
    await waitFor(() => expect(document.querySelectorAll('.ending-lessons-learned li')).toHaveLength(4));
    expect(
      document.querySelector('.ending-actions')!.compareDocumentPosition(document.querySelector('.ending-lessons')!) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    // The story's facts were checked in December 2026 (story.json's factsChecked), said in the reader's language.
    expect(screen.getByText('Fakta cerita ini dicek Desember 2026.')).toBeInTheDocument();
    expect(Object.keys(useLessons.getState().completed).sort()).toEqual(['check-agency', 'keep-passport', 'official-channels', 'work-contract']);
    expect(useLessons.getState().completed['official-channels']!.storyId).toBe('sample');
    expect(useProgress.getState().endings.sample).toEqual(['good-official']);
    fireEvent.click(screen.getByRole('button', { name: 'Coba pilihan lain' }));
    expect(await screen.findByRole('button', { name: /Berangkat dengan kontrak/ })).toBeInTheDocument();
    expect(Object.keys(useLessons.getState().completed)).toHaveLength(4);
  });

  it('saves every step, so reopening the story continues at the same panel', async () => {
    const { view } = await openSample();
    next();
    await screen.findByRole('img', { name: /amplop tebal/ });
    expect(useProgress.getState().saves.sample!.at).toEqual({ kind: 'panel', panel: 'warung-2' });
    view.unmount();
    const stored = JSON.parse(localStorage.getItem('komik-saku/progress')!) as { state: { saves: Record<string, { at: unknown }> } };
    expect(stored.state.saves.sample!.at).toEqual({ kind: 'panel', panel: 'warung-2' });
    // A reload: the store starts empty and reads what was saved.
    useProgress.setState({ saves: {}, endings: {} }, false);
    localStorage.setItem('komik-saku/progress', JSON.stringify(stored));
    await act(async () => {
      await useProgress.persist.rehydrate();
    });
    await renderApp('#/read/sample', { fresh: false });
    expect(await screen.findByRole('img', { name: /amplop tebal/ })).toBeInTheDocument();
    expect(screen.getByText('Adegan 1/4')).toBeInTheDocument();
  });

  it('switches language mid-story without losing the place', async () => {
    await openSample();
    next();
    await screen.findByRole('img', { name: /amplop tebal/ });
    await act(async () => useSettings.getState().update({ language: 'en' }));
    expect(await screen.findByRole('img', { name: /thick envelope of money/ })).toBeInTheDocument();
    expect(screen.getByText("Here's some binding money for your mother.")).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Next/ })).toBeInTheDocument();
    expect(useProgress.getState().saves.sample!.at).toEqual({ kind: 'panel', panel: 'warung-2' });
  });

  it('shows the panel description in place of art that cannot load', async () => {
    await openSample();
    fireEvent.error(screen.getByRole('img', { name: /Sore hari di warung/ }));
    expect(screen.getByText('Gambar tidak tersedia')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Sore hari di warung/ })).toHaveTextContent('Pak Darto, tetangga yang ramah dari desa sebelah');
  });

  it('shows the whole page with the current panel marked', async () => {
    await openSample();
    next();
    fireEvent.click(await screen.findByRole('button', { name: 'Lihat halaman' }));
    expect(screen.getAllByRole('figure')).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Baca mulai panel 2' })).toHaveAttribute('aria-current', 'true');
    fireEvent.click(screen.getByRole('button', { name: 'Baca mulai panel 3' }));
    expect(screen.getAllByRole('figure')).toHaveLength(1);
  });
});
