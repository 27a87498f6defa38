import { describe, expect, it } from 'vitest';
import { takeSessionToken, type TokenEnvironment } from '../../../src-renderer/src/api/session-token';

function environment(hash: string, stored: string | null = null) {
  const storage = new Map<string, string>(stored ? [['zhiyan.token', stored]] : []);
  const replaced: string[] = [];
  const env: TokenEnvironment = {
    location: { hash, pathname: '/', search: '' },
    history: { state: null, replaceState: (_state, _unused, url) => void replaced.push(String(url)) },
    storage: {
      getItem: (key) => storage.get(key) ?? null,
      setItem: (key, value) => void storage.set(key, value),
    },
  };
  return { env, storage, replaced };
}

describe('takeSessionToken', () => {
  it('takes the token from the fragment, stores it and clears the address bar', () => {
    const { env, storage, replaced } = environment('#token=abc-123');
    expect(takeSessionToken(env)).toBe('abc-123');
    expect(storage.get('zhiyan.token')).toBe('abc-123');
    expect(replaced).toEqual(['/']);
  });

  it('keeps other fragment parameters', () => {
    const { env, replaced } = environment('#token=abc&view=reader');
    takeSessionToken(env);
    expect(replaced).toEqual(['/#view=reader']);
  });

  it('falls back to the stored token after a reload', () => {
    const { env, replaced } = environment('', 'from-before');
    expect(takeSessionToken(env)).toBe('from-before');
    expect(replaced).toEqual([]);
  });

  it('answers null when there is no token at all', () => {
    expect(takeSessionToken(environment('').env)).toBeNull();
  });
});
