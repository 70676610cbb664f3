/** Moves focus once React has drawn the element (a summary, a confirmation, a new row, a heading). */
export function focusSoon(target: () => HTMLElement | null | undefined): void {
  requestAnimationFrame(() => {
    const element = target();
    if (!element) return;
    element.focus();
    element.scrollIntoView?.({ block: 'nearest' });
  });
}

/** A confirmation of what was just saved wins over the heading. */
function screenStart(): HTMLElement | null {
  const element =
    document.querySelector<HTMLElement>('#main .confirmation') ?? document.querySelector<HTMLElement>('#main h1');
  if (element && !element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  return element;
}

let pageChanged = false;

/** The skip link: straight to the current screen's main heading. */
export function focusMainHeading(): void {
  focusSoon(screenStart);
}

/** After a page change the heading takes focus, now or as soon as the page has loaded and drawn it. */
export function pageDidChange(): void {
  pageChanged = true;
  headingDrawn();
}

export function headingDrawn(): void {
  if (!pageChanged) return;
  focusSoon(() => {
    const element = screenStart();
    if (element) pageChanged = false;
    return element;
  });
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * When a control goes away with its part of the screen (a notice dismissed, «Angre» after undoing), focus moves on
 * to the control that followed it, or with `previous` to the one before it, instead of dropping to the page body.
 */
export function focusBeside(gone: Element | null, side: 'next' | 'previous' = 'next'): void {
  if (!gone) return;
  const wanted = side === 'next' ? Node.DOCUMENT_POSITION_FOLLOWING : Node.DOCUMENT_POSITION_PRECEDING;
  const candidates = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => !gone.contains(element) && gone.compareDocumentPosition(element) & wanted,
  );
  const target = side === 'next' ? candidates[0] : candidates.at(-1);
  focusSoon(() => (target?.isConnected ? target : null));
}
