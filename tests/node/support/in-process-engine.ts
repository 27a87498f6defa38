// A real engine behind the EngineClient interface, without a worker thread (vitest runs TypeScript
// sources; the worker needs the built bundle). Everything below the thread boundary is the same.
import type { ApiEventListener } from '../../../src-main/common/api/contract';
import { createEngine, type CreateEngineOptions } from '../../../src-main/node/engine/engine';
import type { EngineClient } from '../../../src-main/node/engine/engine-client';

export async function inProcessEngine(options: CreateEngineOptions): Promise<EngineClient> {
  const listeners = new Set<ApiEventListener>();
  const engine = createEngine(options, (name, payload, target) => {
    for (const listener of listeners) listener(name, payload, target);
  });
  await engine.start();
  return {
    call: (method, args, client) => engine.dispatch(method, args, client) as never,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async shutdown() {
      await engine.shutdown();
    },
  };
}
