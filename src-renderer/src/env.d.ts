// Ambient types for the renderer. `types: []` in tsconfig.web.json keeps Node globals out, so the
// only globals here are the DOM's and what the Electron preload adds.
import type { ZhiyanBridge } from '../../src-main/common/api/host';

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}

declare global {
  interface Window {
    /** Present only in the Electron window, exposed by the sandboxed preload. */
    zhiyan?: ZhiyanBridge;
  }
}

export {};
