/**
 * The one-sheet zine as an organiser meets it on the Print screen (issue 17, item 7): offered for what fits its one
 * sheet, and for a longer selection, the page count, that it does not fit, and what to do instead, with nothing to print.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('the one-sheet zine on the Print screen', () => {
  it('says a whole story does not fit its one sheet, and prints chosen pages that do', async () => {
    await renderApp('#/print/sample');
    await userEvent.click(await screen.findByRole('radio', { name: /^Zine A7: sampai delapan halaman di satu kertas A4/ }));
    // The gamebook: the cover, 6 comic pages, 2 pages of lessons and the helplines.
    const refusal = await screen.findByText(/^Pilihan ini 10 halaman, termasuk sampul: tidak muat di satu kertas zine \(paling banyak 8\)/);
    const print = screen.getByRole('button', { name: 'Cetak' });
    expect(print).toBeDisabled();
    expect(print).toHaveAccessibleDescription(refusal.textContent!);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Yang dicetak' }), 'pages:');
    await userEvent.click(screen.getAllByRole('checkbox', { name: /, halaman 1$/ })[0]!);
    expect(screen.queryByText(/tidak muat di satu kertas zine/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Cetak' })).toBeEnabled();
    expect(document.querySelectorAll('.print-sheets .print-sheet-imposed')).toHaveLength(1);
  });
});
