// Saving typed text automatically, for the article note and the project memo: a save starts after a
// pause in typing, saves never overlap, and an edit made while a save is in flight is saved right
// after it. A failed save leaves the text unsaved (shown as "retry") instead of looping.
export interface Autosave {
  /** Whether an edit is not yet acknowledged by the engine. */
  readonly dirty: boolean;
  /** Whether a save is on its way (its text may not be the stored one yet). */
  readonly saving: boolean;
  /** An edit was made: save it after the pause. */
  changed(): void;
  /** Saves now whatever is unsaved; resolves when the engine has acknowledged it (or refused). */
  flush(): Promise<void>;
  /** Forgets an unsaved edit whose text is gone (its memo was deleted, the project closed). */
  discard(): void;
}

/** `saveOnce` saves the current text and resolves false when the engine refused it. */
export function createAutosave(saveOnce: () => Promise<boolean>, delayMs: number): Autosave {
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let saving: Promise<void> | null = null;

  async function flush(): Promise<void> {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    if (saving) await saving;
    if (!dirty) return;
    saving = (async () => {
      while (dirty) {
        dirty = false;
        if (!(await saveOnce())) {
          dirty = true;
          break;
        }
      }
    })();
    try {
      await saving;
    } finally {
      saving = null;
    }
  }

  return {
    get dirty() {
      return dirty;
    },
    get saving() {
      return saving !== null;
    },
    changed() {
      dirty = true;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush(), delayMs);
    },
    flush,
    discard() {
      if (timer) clearTimeout(timer);
      timer = null;
      dirty = false;
    },
  };
}
