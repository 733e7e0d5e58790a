/** The A6 pocket booklet as an organiser chooses it on the Print screen: named, explained, imposed four to a side. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

describe('the A6 pocket booklet on the Print screen', () => {
  it('is offered by name, says how to print, cut and fold it, and lays out four pages a side with the guide after', async () => {
    await renderApp('#/print/sample');
    await userEvent.click(await screen.findByRole('radio', { name: /^Buklet saku A6/ }));
    expect(window.location.search).toContain('layout=booklet-a6');
    expect((document.querySelector('.print-summary') as HTMLElement).textContent).toContain('balik di sisi panjang');
    const front = document.querySelector('.print-sheets [aria-label="Lembar 1, depan"]') as HTMLElement;
    expect(front.querySelectorAll('.print-slot')).toHaveLength(4);
    // Both halves the same pages: the cover on the right of each.
    const [, topRight, , bottomRight] = [...front.querySelectorAll('.print-slot')];
    expect(topRight!.querySelector('.printed-cover')).not.toBeNull();
    expect(bottomRight!.querySelector('.printed-cover')).not.toBeNull();
    expect(within(document.querySelector('.print-sheets') as HTMLElement).getByRole('heading', { name: 'Cara menggunting dan melipat buklet saku A6' })).toBeInTheDocument();
    window.history.replaceState(null, '', '/');
  });
});
