// The window (and taskbar) title names the open project, as desktop document apps do.
import { watchEffect } from 'vue';
import { useAppStore } from './app';

export const APP_TITLE = '智研 Zhiyan';

export function useWindowTitle(): void {
  const app = useAppStore();
  watchEffect(() => {
    document.title = app.projectTitle ? `${app.projectTitle} — ${APP_TITLE}` : APP_TITLE;
  });
}
