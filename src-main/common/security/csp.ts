// The Content-Security-Policy of the app window, in both hosts. Nothing remote, no inline or eval'd
// script, no plugins, no frames. Styles may be inline because naive-ui injects its component styles
// as <style> elements at run time; a style cannot run code. Images only from the app itself and
// data: URLs: imported HTML is never rendered as markup, so its remote images can never load.
const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/**
 * The copy in index.html's <meta>: browsers ignore frame-ancestors there (and log an error), so it
 * is left out; both hosts send the full policy as a header as well.
 */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join(
  '; ',
);
