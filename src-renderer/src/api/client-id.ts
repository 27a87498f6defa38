// Each tab of the browser host is its own client of the engine: the host hands its calls the tab's
// id, so the tab has its own undo history (Ctrl+Z undoes this tab's last step, never another's) and
// receives its own undo state. A fresh id per page load: a duplicated tab copies sessionStorage,
// and two tabs must never share a history. (In Electron the main process names each window.)

/** 24 hex characters from the browser's random source. */
export function newClientId(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return [...random(new Uint8Array(12))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
