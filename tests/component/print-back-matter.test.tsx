/** The printed gamebook names each scene where it starts, and says beside the helplines when the story's facts were checked. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

describe('a printed gamebook', () => {
  it('prints each titled scene’s title over its first page, and the facts’ checked month on the helplines page', async () => {
    await renderApp('#/print/sample');
    await screen.findAllByText(/Fakta cerita ini dicek Desember 2026\./);
    const titles = [...document.querySelectorAll('.print-sheets .printed-scene-title')].map((title) => title.textContent);
    // Gamebook order (warung, disnaker, decide, calo, then the endings, which have no title).
    expect(titles).toEqual(['Tawaran di warung', 'Di kantor Disnaker', 'Hari keberangkatan', 'Uang pengikat']);
    const helplines = document.querySelector('.print-sheets .printed-helplines') as HTMLElement;
    expect(within(helplines).getByText(/Fakta cerita ini dicek Desember 2026\./)).toBeInTheDocument();
  });

  it('says the month in the printed language', async () => {
    window.history.replaceState(null, '', '/?lang=en');
    await renderApp('#/print/sample');
    await screen.findByRole('heading', { name: /^Cetak: / });
    await within(document.body).findAllByText(/This story’s facts checked December 2026\./);
    expect(document.querySelector('.print-sheets .printed-scene-title')?.textContent).toBe('An offer at the stall');
    window.history.replaceState(null, '', '/');
  });
});
