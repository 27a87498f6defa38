// The browser host hands its token over in the URL fragment (`#token=...`), which is never sent to
// a server. We keep it in sessionStorage (so a reload keeps working, a new tab does not inherit it)
// and take it out of the address bar so it is not copied or bookmarked.

const STORAGE_KEY = 'zhiyan.token';

export interface TokenEnvironment {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState' | 'state'>;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
}

export function takeSessionToken(env: TokenEnvironment): string | null {
  const fragment = new URLSearchParams(env.location.hash.replace(/^#/, ''));
  const fromUrl = fragment.get('token');
  if (fromUrl) {
    env.storage.setItem(STORAGE_KEY, fromUrl);
    fragment.delete('token');
    const rest = fragment.toString();
    env.history.replaceState(
      env.history.state,
      '',
      `${env.location.pathname}${env.location.search}${rest ? `#${rest}` : ''}`,
    );
    return fromUrl;
  }
  return env.storage.getItem(STORAGE_KEY);
}
