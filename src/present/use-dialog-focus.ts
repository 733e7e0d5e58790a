/** A dialog takes the focus when it opens (its `initial` element, else its first button) and gives it back on close. */
import { useEffect, type RefObject } from 'react';

export function useDialogFocus(dialog: RefObject<HTMLElement | null>, initial = '[data-initial-focus]'): void {
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = dialog.current;
    const target = element?.querySelector<HTMLElement>(initial) ?? element?.querySelector<HTMLElement>('button, a[href]');
    target?.focus({ preventScroll: false });
    return () => {
      if (before?.isConnected) before.focus({ preventScroll: true });
    };
  }, [dialog, initial]);
}

/** Keeps Tab inside the dialog (aria-modal promises that the rest of the page is out of reach). */
export function trapTab(event: { key: string; shiftKey: boolean; preventDefault: () => void; currentTarget: HTMLElement }): void {
  if (event.key !== 'Tab') return;
  const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>('button:not(:disabled), a[href], input:not(:disabled)')];
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
