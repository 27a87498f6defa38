// Files or folders dropped anywhere on the window are imported, as in Zotero. In Electron the
// preload turns each dropped File into its path on disk; a page in the browser host sees no paths,
// so there the user is told to use the import button instead. Dropping never navigates the window
// to the file (Electron's navigation guard would refuse it anyway).
import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue';
import { useApiClient } from '../../api';
import { useAppStore } from '../../app/app';
import { useFeedbackStore } from '../../app/feedback';
import { useImporterStore } from './importer';

const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;

export function useFileDrop(): { dragging: Ref<boolean> } {
  const dragging = ref(false);
  // dragenter/dragleave fire for every child element crossed; count them to know when we left.
  let depth = 0;

  const onDragEnter = (event: DragEvent): void => {
    if (!carriesFiles(event)) return;
    depth++;
    dragging.value = true;
  };
  const onDragLeave = (event: DragEvent): void => {
    if (!carriesFiles(event)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) dragging.value = false;
  };
  const onDragOver = (event: DragEvent): void => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = carriesFiles(event) ? 'copy' : 'none';
  };
  const onDrop = (event: DragEvent): void => {
    event.preventDefault();
    depth = 0;
    dragging.value = false;
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length === 0) return;
    const feedback = useFeedbackStore();
    if (!useAppStore().project) {
      feedback.notify('info', 'drop.needsProject');
      return;
    }
    const droppedPaths = useApiClient().droppedPaths;
    if (!droppedPaths) {
      feedback.notify('info', 'drop.needsDesktop');
      return;
    }
    const paths = droppedPaths(files);
    if (paths.length === 0) feedback.notify('info', 'drop.noPaths');
    else void useImporterStore().start(paths);
  };

  onMounted(() => {
    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
  });
  onBeforeUnmount(() => {
    window.removeEventListener('dragenter', onDragEnter);
    window.removeEventListener('dragleave', onDragLeave);
    window.removeEventListener('dragover', onDragOver);
    window.removeEventListener('drop', onDrop);
  });
  return { dragging };
}
