// Article tags: the project's tag list (for autocomplete and the library's tag filter), the tags
// of the open article, and tagging or untagging several articles at once. Every change is one
// engine call, acknowledged once durable, and undoable there.
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { TagCount } from '../../../../src-main/common/model/annotation';
import { useApi } from '../../api';
import { useUndoStore } from '../../app/undo';
import { useFeedbackStore } from '../../app/feedback';
import { useLibraryStore } from './library';

/** Tag names containing `text` (case-folded), best first: prefix matches, then by use. */
export function suggestTags(
  all: readonly TagCount[],
  text: string,
  exclude: readonly string[] = [],
): TagCount[] {
  const needle = text.trim().toLowerCase();
  const skip = new Set(exclude);
  return all
    .filter((tag) => !skip.has(tag.name) && tag.name.toLowerCase().includes(needle))
    .sort((a, b) => {
      const prefix =
        Number(b.name.toLowerCase().startsWith(needle)) - Number(a.name.toLowerCase().startsWith(needle));
      return prefix || b.count - a.count || a.name.localeCompare(b.name, 'zh-CN');
    });
}

export const useTagsStore = defineStore('tags', () => {
  const all = shallowRef<TagCount[]>([]);
  /** The open article and its tags, as last read or changed here. */
  const articleId = ref<number | null>(null);
  const articleTags = shallowRef<string[]>([]);
  const busy = ref(false);

  async function load(): Promise<void> {
    const result = await useApi().listTags({});
    if (result.ok) all.value = result.value;
    else if (result.error.code !== 'NO_PROJECT_OPEN') useFeedbackStore().reportError(result.error);
  }

  function showArticle(id: number | null, tags: readonly string[]): void {
    articleId.value = id;
    articleTags.value = [...tags];
  }

  async function change(kind: 'add' | 'remove', articleIds: number[], tags: string[]): Promise<boolean> {
    const names = [...new Set(tags.map((tag) => tag.trim()).filter((tag) => tag !== ''))];
    if (articleIds.length === 0 || names.length === 0) return true;
    busy.value = true;
    const api = useApi();
    const result =
      kind === 'add'
        ? await api.tagArticles({ articleIds, tags: names })
        : await api.untagArticles({ articleIds, tags: names });
    busy.value = false;
    if (!result.ok) {
      useFeedbackStore().reportError(result.error);
      return false;
    }
    const apply = (current: readonly string[]): string[] =>
      kind === 'add'
        ? [...new Set([...current, ...names])].sort()
        : current.filter((tag) => !names.includes(tag));
    useLibraryStore().patch(articleIds, (item) => ({ ...item, tags: apply(item.tags) }));
    if (articleId.value !== null && articleIds.includes(articleId.value)) {
      articleTags.value = apply(articleTags.value);
    }
    await load();
    return true;
  }

  /** Re-reads the open article's tags after someone else (undo, the CLI) changed them. */
  async function onChanged(articleIds: number[] | null): Promise<void> {
    await load();
    const id = articleId.value;
    if (id === null || (articleIds !== null && !articleIds.includes(id))) return;
    // Without the original text, which can run to millions of characters.
    const result = await useApi().getArticle({ id, original: false });
    if (result.ok && articleId.value === id) articleTags.value = [...result.value.tags];
  }

  function clear(): void {
    all.value = [];
    articleId.value = null;
    articleTags.value = [];
  }

  useUndoStore().onApplied(() => onChanged(null));

  return {
    all,
    articleId,
    articleTags,
    busy,
    load,
    showArticle,
    add: (articleIds: number[], tags: string[]) => change('add', articleIds, tags),
    remove: (articleIds: number[], tags: string[]) => change('remove', articleIds, tags),
    onChanged,
    clear,
  };
});
