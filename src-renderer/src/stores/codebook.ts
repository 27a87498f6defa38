// The project's codebook: every code, in codebook order (parents before children, siblings by
// sortOrder). The reader colours passages from it; the sidebar edits it.
import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import type { Code } from '../../../src-main/common/model/annotation';
import { useApi } from '../api';
import { useFeedbackStore } from './feedback';

export const useCodebookStore = defineStore('codebook', () => {
  const codes = shallowRef<Code[]>([]);
  const byId = computed(() => new Map(codes.value.map((code) => [code.id, code])));

  async function load(): Promise<void> {
    const result = await useApi().listCodes({});
    if (result.ok) codes.value = result.value;
    else if (result.error.code === 'NO_PROJECT_OPEN') codes.value = [];
    else useFeedbackStore().reportError(result.error);
  }

  function clear(): void {
    codes.value = [];
  }

  return { codes, byId, load, clear };
});
