// Which client a request comes from: a window of the Electron app, a tab of the browser host, or
// the process itself (the CLI, tests). Several clients may work on one project at once; each has
// its own undo history (annotations/undo-history.ts), so Ctrl+Z undoes your own last step, never
// someone else's. The client travels with the request as an async context, so the services that
// care read it here instead of every handler passing it along.
import { AsyncLocalStorage } from 'node:async_hooks';

/** The client of calls that name none: the CLI, tests, a host calling on its own behalf. */
export const LOCAL_CLIENT = 'local';

const scope = new AsyncLocalStorage<string>();

/** Runs `fn` (and everything it awaits) on behalf of `client`. */
export function runAsClient<T>(client: string, fn: () => T): T {
  return scope.run(client, fn);
}

export function currentClient(): string {
  return scope.getStore() ?? LOCAL_CLIENT;
}
