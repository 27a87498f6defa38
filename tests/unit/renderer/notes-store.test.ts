// The note's save state must say "saved" only once the engine has acknowledged the save, and a
// switch of article must not lose what was typed just before it.
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ZhiyanApi } from '../../../src-main/common/api/contract';
import type { Result } from '../../../src-main/common/api/errors';
import type { Note } from '../../../src-main/common/model/article';
import { setApiClient } from '../../../src-renderer/src/api';
import { AUTOSAVE_DELAY_MS, useNotesStore } from '../../../src-renderer/src/features/notes/notes';
import { clientFor } from './support/api-client';

interface PendingSave {
  articleId: number;
  body: string;
  resolve: (result: Result<Note | null>) => void;
}

function fakeEngine() {
  const saved = new Map<number, string>();
  const pending: PendingSave[] = [];
  const api = {
    getArticleNote: async ({ articleId }: { articleId: number }) => {
      const body = saved.get(articleId);
      return {
        ok: true,
        value: body ? { id: articleId, articleId, body, updatedAt: '2024-01-01T00:00:00Z' } : null,
      };
    },
    saveArticleNote: ({ articleId, body }: { articleId: number; body: string }) =>
      new Promise<Result<Note | null>>((resolve) => {
        pending.push({
          articleId,
          body,
          resolve: (result) => {
            if (result.ok) saved.set(articleId, body);
            resolve(result);
          },
        });
      }),
  } as unknown as ZhiyanApi; // only the two methods the notes store calls
  return { api, saved, pending };
}

const ack = (save: PendingSave | undefined): void =>
  save?.resolve({
    ok: true,
    value: { id: 1, articleId: save.articleId, body: save.body, updatedAt: new Date().toISOString() },
  });

describe('notes store', () => {
  let engine: ReturnType<typeof fakeEngine>;

  beforeEach(() => {
    vi.useFakeTimers();
    setActivePinia(createPinia());
    engine = fakeEngine();
    setApiClient(clientFor(engine.api));
  });

  afterEach(() => {
    setApiClient(null);
    vi.useRealTimers();
  });

  it('debounces typing into one save and shows "saved" only after the acknowledgement', async () => {
    const notes = useNotesStore();
    await notes.load(1);
    notes.edit('衢');
    notes.edit('衢州');
    expect(notes.saveState).toBe('pending');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 50);
    expect(engine.pending).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(engine.pending.map((p) => p.body)).toEqual(['衢州']);
    expect(notes.saveState).toBe('saving');
    ack(engine.pending[0]);
    await vi.advanceTimersByTimeAsync(0);
    expect(notes.saveState).toBe('saved');
  });

  it('saves an edit made during a save right after it', async () => {
    const notes = useNotesStore();
    await notes.load(1);
    notes.edit('一');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    notes.edit('一二');
    const flushed = notes.flush();
    ack(engine.pending[0]);
    await vi.advanceTimersByTimeAsync(0);
    expect(notes.saveState).toBe('saving');
    ack(engine.pending[1]);
    await flushed;
    expect(engine.pending.map((p) => p.body)).toEqual(['一', '一二']);
    expect(notes.saveState).toBe('saved');
  });

  it('flushes the note before switching article', async () => {
    const notes = useNotesStore();
    await notes.load(1);
    notes.edit('切换前');
    const switching = notes.load(2);
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.pending.map((p) => [p.articleId, p.body])).toEqual([[1, '切换前']]);
    ack(engine.pending[0]);
    await switching;
    expect(notes.articleId).toBe(2);
    expect(notes.body).toBe('');
    expect(engine.saved.get(1)).toBe('切换前');
  });

  it('shows a failed save as an error, keeping the text to retry', async () => {
    const notes = useNotesStore();
    await notes.load(1);
    notes.edit('写入失败');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    engine.pending[0]?.resolve({ ok: false, error: { code: 'PROJECT_WRITE_FAILED', message: 'disk full' } });
    await vi.advanceTimersByTimeAsync(0);
    expect(notes.saveState).toBe('error');
    expect(notes.body).toBe('写入失败');
    const retry = notes.flush();
    await vi.advanceTimersByTimeAsync(0);
    ack(engine.pending[1]);
    await retry;
    expect(notes.saveState).toBe('saved');
  });
});
