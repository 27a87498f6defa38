// The notes column folded to a rail: two articles side by side in a window narrower than
// RAIL_BELOW px leave the column too little room (its tabs would break "本\n篇"), so it folds
// to a strip of vertical tab labels; a click on one opens the column again. The researcher's own
// choice (the fold button, or a tab on the rail) wins over the automatic one for the session.
import { computed, onBeforeUnmount, ref, type ComputedRef } from 'vue';

export const RAIL_BELOW = 1200;

/** null: folded automatically (side by side in a narrow window); true/false: the user's choice. */
export const notesFolded = ref<boolean | null>(null);

export function useNotesRail(comparing: () => boolean): ComputedRef<boolean> {
  const narrow = ref(typeof window !== 'undefined' && window.innerWidth < RAIL_BELOW);
  const onResize = () => {
    narrow.value = window.innerWidth < RAIL_BELOW;
  };
  if (typeof window !== 'undefined') window.addEventListener('resize', onResize);
  onBeforeUnmount(() => window.removeEventListener('resize', onResize));
  return computed(() => notesFolded.value ?? (comparing() && narrow.value));
}
