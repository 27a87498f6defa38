import { describe, expect, it } from 'vitest';
import { META_CONTENT_SECURITY_POLICY } from '../../../src-main/common/security/csp';
// Read through Vite rather than node:fs: these tests typecheck with the renderer's (DOM-only) config.
import html from '../../../src-renderer/index.html?raw';

function metaPolicy(html: string): string | null {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  return match?.[1] ?? null;
}

describe('index.html Content-Security-Policy', () => {
  it('equals the shared policy (its <meta> form)', () => {
    expect(metaPolicy(html)).toBe(META_CONTENT_SECURITY_POLICY);
  });

  it('allows no inline or eval’d script and nothing remote', () => {
    const policy = metaPolicy(html) ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(policy).toContain("default-src 'none'");
  });

  it('loads no script inline', () => {
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
  });
});
