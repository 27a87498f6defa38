import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/common/security/csp';

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

describe('the window CSP', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('denies by default', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
  });

  it("runs only the app's own scripts: no inline, no eval", () => {
    const scripts = policy.get('script-src') ?? [];
    expect(scripts).toEqual(["'self'"]);
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
  });

  it('names no remote origin or wildcard anywhere', () => {
    for (const [name, sources] of policy) {
      for (const source of sources) {
        expect(source, `${name} ${source}`).toMatch(/^('[a-z-]+'|data:)$/);
      }
    }
  });

  it('forbids plugins, frames of us, base and form targets', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });
});
