/**
 * jsdom has <dialog> without showModal() and close(). This stand-in does what the platform does and the app relies
 * on: showModal() opens the dialog modal (everything outside it inert, as the top layer makes it) and focuses its
 * first control; Esc, unless a key handler took it, fires cancel and then closes it; close() fires close.
 */
const modal = new Set<HTMLDialogElement>();

const topDialog = () => [...modal].filter((dialog) => dialog.isConnected && dialog.open).at(-1);

/** Whether an element is out of reach: a modal dialog is open and the element is not inside it. */
export function isInert(element: Element): boolean {
  const top = topDialog();
  return top !== undefined && !top.contains(element);
}

export function installDialogStandIn(): void {
  if (typeof HTMLDialogElement.prototype.showModal === 'function') return;
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
    modal.add(this);
    this.querySelector<HTMLElement>('[autofocus], button:not(:disabled), a[href], input:not(:disabled)')?.focus();
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.open) return;
    this.open = false;
    modal.delete(this);
    this.dispatchEvent(new Event('close'));
  };
  // The close request comes after the key's handlers have run (a handler that prevents the key keeps the dialog).
  window.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    queueMicrotask(() => {
      const top = topDialog();
      if (!top || event.defaultPrevented) return;
      if (top.dispatchEvent(new Event('cancel', { cancelable: true }))) top.close();
    });
  });
}
