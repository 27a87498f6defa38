// One palette for the whole app: warm paper for reading, ink-blue for actions, quiet greys for
// chrome. naive-ui takes it through theme overrides; our own CSS through the variables in base.css.
import type { GlobalThemeOverrides } from 'naive-ui';

export const UI_FONT_STACK =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Hiragino Sans GB", system-ui, -apple-system, "Segoe UI", sans-serif';

const ink = '#2f5d8a';

export const themeOverrides: GlobalThemeOverrides = {
  common: {
    fontFamily: UI_FONT_STACK,
    fontSize: '13px',
    fontSizeMedium: '13px',
    primaryColor: ink,
    primaryColorHover: '#3b6fa1',
    primaryColorPressed: '#264d73',
    primaryColorSuppl: '#3b6fa1',
    borderRadius: '5px',
    textColorBase: '#1f2328',
  },
  Dropdown: { optionHeightMedium: '32px' },
};

/** The same palette at night: softer ink on a dark warm grey, so long reading does not glare. */
export const darkThemeOverrides: GlobalThemeOverrides = {
  common: {
    fontFamily: UI_FONT_STACK,
    fontSize: '13px',
    fontSizeMedium: '13px',
    primaryColor: '#7fa7d1',
    primaryColorHover: '#94b8de',
    primaryColorPressed: '#6a92bb',
    primaryColorSuppl: '#94b8de',
    borderRadius: '5px',
  },
  Dropdown: { optionHeightMedium: '32px' },
};
