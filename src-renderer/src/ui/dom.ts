// Small DOM readings shared by components, kept out of the templates' scripts.

/** Where a scrolled element stands: its offset, and whether its end is within `margin` pixels. */
export function scrollPosition(event: Event, margin: number): { top: number; nearEnd: boolean } {
  const target = event.target;
  if (!(target instanceof HTMLElement)) return { top: 0, nearEnd: false };
  return {
    top: target.scrollTop,
    nearEnd: target.scrollTop + target.clientHeight > target.scrollHeight - margin,
  };
}

/**
 * Runs `action` on a plain Enter, not on one that confirms an IME composition (which is how
 * Chinese is typed, paths included).
 */
export function onPlainEnter(event: KeyboardEvent, action: () => void): void {
  if (event.key !== 'Enter' || event.isComposing || event.shiftKey) return;
  event.preventDefault();
  action();
}
