/**
 * The update prompt as a reader meets it when the service worker announces one new version twice (workbox-window
 * sends "installed" for an update found later than a minute after registering, then "waiting" 200 ms on): "Later"
 * puts that version off for good, and only a newer one asks again.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

const sw = vi.hoisted(() => ({
  announce: () => {},
  registration: { waiting: null as unknown },
}));

vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: (options: { onRegisteredSW?: (url: string, found: unknown) => void; onNeedRefresh?: () => void }) => {
    const [needRefresh, setNeedRefresh] = useState(false);
    const [registered, setRegistered] = useState(false);
    if (!registered) {
      setRegistered(true);
      options.onRegisteredSW?.('/sw.js', sw.registration);
    }
    sw.announce = () => {
      setNeedRefresh(true);
      options.onNeedRefresh?.();
    };
    return { needRefresh: [needRefresh, setNeedRefresh], offlineReady: [false, () => {}], updateServiceWorker: async () => {} };
  },
}));

const { UpdatePrompt } = await import('../../src/app/update-prompt');
await (await import('../../src/app/i18n')).switchLanguage('id');

describe('the update prompt', () => {
  it('stays put off after "Later" when the same version is announced again, and asks again for a newer one', () => {
    render(<UpdatePrompt reading={false} />);
    sw.registration.waiting = { scriptURL: '/sw.js', version: 'b' };
    act(() => sw.announce());
    expect(screen.getByRole('button', { name: 'Perbarui' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Nanti saja' }));
    expect(screen.queryByRole('button', { name: 'Perbarui' })).toBeNull();

    act(() => sw.announce());
    expect(screen.queryByRole('button', { name: 'Perbarui' })).toBeNull();

    sw.registration.waiting = { scriptURL: '/sw.js', version: 'c' };
    act(() => sw.announce());
    expect(screen.getByRole('button', { name: 'Perbarui' })).toBeInTheDocument();
  });
});
