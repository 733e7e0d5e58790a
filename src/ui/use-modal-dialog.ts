/**
 * A platform modal <dialog> for as long as its component is shown. showModal() puts it in the top layer, makes the
 * rest of the page inert (no stray tap or Tab reaches it) and moves the focus in: to `initial` when given, else to its
 * first control. Esc closes it (the dialog's close event: pass onClose to the dialog's onClose). When the component
 * goes, the focus goes back to where it was before the dialog opened.
 */
import { useEffect, type RefObject } from 'react';

export function useModalDialog(dialog: RefObject<HTMLDialogElement | null>, initial?: string): void {
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    if (initial) element.querySelector<HTMLElement>(initial)?.focus();
    return () => {
      // Taken out of the page, the dialog leaves the top layer by itself; the focus would be left on the body.
      if (before?.isConnected) before.focus({ preventScroll: true });
    };
  }, [dialog, initial]);
}
