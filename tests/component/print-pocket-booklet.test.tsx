/**
 * The A6 pocket booklet as an organiser chooses it on the Print screen: named, explained, imposed four to a side; and
 * two-sided printing by hand, a run of fronts and a run of backs.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

describe('the A6 pocket booklet on the Print screen', () => {
  it('is offered by name, says how to print, cut and fold it, and lays out four pages a side with the guide after', async () => {
    await renderApp('#/print/sample');
    await userEvent.click(await screen.findByRole('radio', { name: /^Buklet saku A6/ }));
    expect(window.location.search).toContain('layout=booklet-a6');
    expect((document.querySelector('.print-summary') as HTMLElement).textContent).toContain('balik di sisi panjang');
    // The sheets follow once the lesson cards have loaded.
    const front = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('.print-sheets [aria-label="Lembar 1, depan"]');
      expect(found).not.toBeNull();
      return found!;
    });
    expect(front.querySelectorAll('.print-slot')).toHaveLength(4);
    // Both halves the same pages: the cover on the right of each.
    const [, topRight, , bottomRight] = [...front.querySelectorAll('.print-slot')];
    expect(topRight!.querySelector('.printed-cover')).not.toBeNull();
    expect(bottomRight!.querySelector('.printed-cover')).not.toBeNull();
    expect(
      within(document.querySelector('.print-sheets') as HTMLElement).getByRole('heading', { name: 'Cara menggunting dan melipat buklet saku A6' }),
    ).toBeInTheDocument();
    window.history.replaceState(null, '', '/');
  });

  it('prints by hand on a one-sided printer: the fronts with the guide, then only the backs', async () => {
    await renderApp('#/print/sample');
    await userEvent.click(await screen.findByRole('radio', { name: /^Buklet saku A6/ }));
    const printedSides = () => [...document.querySelectorAll('.print-sheets .print-sheet-imposed')].map((sheet) => sheet.getAttribute('aria-label'));
    const guide = () => document.querySelector('.print-sheets .fold-guide');
    expect(printedSides()).toEqual(['Lembar 1, depan', 'Lembar 1, belakang', 'Lembar 2, depan', 'Lembar 2, belakang', 'Lembar 3, depan', 'Lembar 3, belakang']);
    await userEvent.click(screen.getByRole('radio', { name: 'Manual, tahap 1: sisi depan' }));
    expect(printedSides()).toEqual(['Lembar 1, depan', 'Lembar 2, depan', 'Lembar 3, depan']);
    expect(guide()).not.toBeNull();
    expect(screen.getByText(/^Manual: cetak sisi depan, masukkan lagi tumpukannya/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Manual, tahap 2: sisi belakang' }));
    expect(printedSides()).toEqual(['Lembar 1, belakang', 'Lembar 2, belakang', 'Lembar 3, belakang']);
    expect(guide()).toBeNull();
    // A zine prints on one side: nothing to choose, and every sheet prints.
    await userEvent.click(screen.getByRole('radio', { name: /^Zine A7/ }));
    expect(screen.queryByRole('radio', { name: 'Manual, tahap 2: sisi belakang' })).toBeNull();
    expect(printedSides().length).toBeGreaterThan(0);
    window.history.replaceState(null, '', '/');
  });
});
