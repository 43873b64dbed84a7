// A full-screen modal's focus rules: the rest of the page goes inert while it is open, focus moves into it
// and Tab cycles inside it, and on close focus returns to whatever had it before (the Present button).
import { useEffect, type RefObject } from 'react';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, summary, [tabindex]';

/** The elements Tab visits inside `root`, in document order (a radio group counts once, by its checked radio). */
export function tabbables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => {
    if (el.tabIndex < 0) return false;
    if (el instanceof HTMLInputElement && el.type === 'radio' && !el.checked) return false;
    // Content of a closed <details> (other than its summary) cannot take focus.
    const details = el.parentElement?.closest('details');
    return !details || details.open || el === details.querySelector(':scope > summary');
  });
}

/** Keeps Tab and Shift+Tab inside `root`; returns whether it moved focus itself. */
export function trapTab(root: HTMLElement, event: KeyboardEvent): boolean {
  const items = tabbables(root);
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return false;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === root)) {
    last.focus();
    return true;
  }
  if (!event.shiftKey && active === last) {
    first.focus();
    return true;
  }
  return false;
}

/** Makes the element in `ref` a modal for as long as the calling component is mounted. */
export function useModal(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // The modal is portalled into <body>, so its siblings are the rest of the page.
    const others = [...document.body.children].filter((el) => el !== root && !el.hasAttribute('inert'));
    for (const el of others) el.setAttribute('inert', '');
    root.focus();
    return () => {
      for (const el of others) el.removeAttribute('inert');
      returnTo?.focus();
    };
  }, [ref]);
}
