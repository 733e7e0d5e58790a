/** A story started in the Studio as an author starts one, shared by the Studio's component tests. */
import { act, fireEvent, screen } from '@testing-library/react';
import { go, renderApp } from './render-app';

/** Opens the Studio, starts a story of that title with one character (Rina) and resolves with its draft ID. */
export async function startStory(title: string) {
  await renderApp('#/studio');
  fireEvent.change(await screen.findByLabelText('Judul'), { target: { value: title } });
  fireEvent.change(screen.getByLabelText('Nama tokoh 1'), { target: { value: 'Rina' } });
  fireEvent.click(screen.getByRole('button', { name: 'Mulai menulis' }));
  await screen.findByRole('heading', { level: 1, name: title });
  await act(async () => go(window.location.hash));
  return window.location.hash.replace('#/studio/', '');
}

/** Waits until the last change is stored (the toolbar says so) and the check has run. */
export async function settled() {
  await screen.findByText('Tersimpan di perangkat ini', {}, { timeout: 5000 });
}
