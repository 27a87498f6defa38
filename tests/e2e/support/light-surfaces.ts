// Finds what a dark theme must not show: visible elements painted with a light, greyish background
// (white panels, light-grey cards, cream badges). Coloured surfaces (the accent colour of a primary
// button, a selected row) are allowed unless pale; so are control knobs under 20x20 px, and the user's own colours (highlights and
// code swatches, set inline from the codebook) and what is marked data-theme-exempt (the export
// preview's page, which shows the exported file as it is).
import type { Page } from '@playwright/test';

export interface LightSurface {
  /** tag.class#testid of the element, and of its nearest ancestor with a test id. */
  element: string;
  within: string;
  background: string;
  luminance: number;
}

export async function lightSurfaces(page: Page): Promise<LightSurface[]> {
  return page.evaluate(() => {
    const channel = (value: number) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    const parse = (colour: string): [number, number, number, number] | null => {
      const match = /rgba?\(([^)]+)\)/.exec(colour);
      if (!match) return null;
      const parts = match[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
      return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
    };
    const describe = (element: Element | null): string => {
      if (!element) return '';
      const testId = element.getAttribute('data-testid');
      const classes = [...element.classList].slice(0, 3).join('.');
      return `${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''}${testId ? `#${testId}` : ''}`;
    };
    const found: LightSurface[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (element.closest('[data-theme-exempt]')) continue;
      // The user's colours: highlights, search hits and code swatches (with the colour picker's
      // transparency checkerboard under a swatch).
      if (element.closest('mark, .zy-hl, .n-color-picker-checkboard')) continue;
      if (element.style.background !== '' || element.style.backgroundColor !== '') continue;
      if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const rect = element.getBoundingClientRect();
      // Thumbs and knobs of controls (naive-ui's dark slider and switch keep theirs white) are too
      // small to light a panel; a badge of two characters is not.
      if (rect.width < 4 || rect.height < 4 || rect.width * rect.height < 400) continue;
      if (rect.bottom <= 0 || rect.right <= 0 || rect.top >= innerHeight || rect.left >= innerWidth) continue;
      const rgba = parse(getComputedStyle(element).backgroundColor);
      if (!rgba || rgba[3] < 0.3) continue;
      const [r, g, b, alpha] = rgba;
      // Over a dark page a translucent colour shows only as light as its share of it.
      const luminance = alpha * (0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b));
      const chroma = (Math.max(r, g, b) - Math.min(r, g, b)) / 255;
      // Greys and creams are light from a quarter of white up; the accent colour only when pale.
      const light = chroma < 0.15 ? luminance > 0.25 : luminance > 0.6;
      if (!light) continue;
      let holder: Element | null = element.parentElement;
      while (holder && !holder.hasAttribute('data-testid')) holder = holder.parentElement;
      found.push({
        element: describe(element),
        within: describe(holder),
        background: getComputedStyle(element).backgroundColor,
        luminance: Math.round(luminance * 100) / 100,
      });
    }
    return found;
  });
}
