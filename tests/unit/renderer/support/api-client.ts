// An ApiClient around a fake contract for store tests: the contract is the test's own, the host
// parts (events, menus, dialogs, dropped files) are absent, as in a browser host with nothing to say.
import type { ZhiyanApi } from '../../../../src-main/common/api/contract';
import type { ApiClient } from '../../../../src-renderer/src/api';

export function clientFor(api: ZhiyanApi): ApiClient {
  return {
    api,
    nativeDialogs: null,
    onEvent: () => () => undefined,
    onReconnect: () => () => undefined,
    onMenuCommand: () => () => undefined,
    droppedPaths: null,
  };
}
