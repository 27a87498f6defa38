// Whether the keyboard shortcut help ("?") is shown.
import { defineStore } from 'pinia';
import { ref } from 'vue';

export const useShortcutHelpStore = defineStore('shortcutHelp', () => {
  const open = ref(false);
  return { open, show: () => (open.value = true), hide: () => (open.value = false) };
});
