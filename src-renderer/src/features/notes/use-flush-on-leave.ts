// Saves the open note when the window loses focus or the page is about to go away, so switching
// to another program or closing the window never strands an edit in the debounce timer.
import { onBeforeUnmount, onMounted } from 'vue';
import { useNotesStore } from './notes';

export function useFlushOnLeave(): void {
  const notes = useNotesStore();
  const flush = (): void => void notes.flush();
  const onVisibility = (): void => {
    if (document.visibilityState === 'hidden') flush();
  };

  onMounted(() => {
    window.addEventListener('blur', flush);
    window.addEventListener('beforeunload', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
  });
  onBeforeUnmount(() => {
    window.removeEventListener('blur', flush);
    window.removeEventListener('beforeunload', flush);
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onVisibility);
  });
}
