// A small typed message catalogue instead of vue-i18n: vue-i18n compiles messages with
// `new Function`, which our Content-Security-Policy forbids. Keys come from the Chinese catalogue.
import { computed, ref, type ComputedRef } from 'vue';
import type { ErrorCode } from '../../../src-main/common/api/errors';
import type { Locale } from '../../../src-main/common/model/project';
import { en } from './en';
import { zhCN, type Catalogue, type MessageKey } from './zh-CN';

export type { MessageKey } from './zh-CN';
export type MessageParams = Record<string, string | number>;

export const catalogues: Record<Locale, Catalogue> = { 'zh-CN': zhCN, en };

const currentLocale = ref<Locale>('zh-CN');

/** Replaces `{name}` with params.name; an unknown placeholder is left as written. */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return interpolate(catalogues[locale][key], params);
}

export function errorMessageKey(code: ErrorCode): MessageKey {
  return `error.${code}`;
}

/** The UI language now (reactive where read inside a computed or a template). */
export const activeLocale = (): Locale => currentLocale.value;

export function setLocale(locale: Locale): void {
  currentLocale.value = locale;
  // lang picks the CJK glyph variants (SC, not JP) and the hyphenation rules; absent in unit tests.
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

export interface I18n {
  locale: ComputedRef<Locale>;
  t: (key: MessageKey, params?: MessageParams) => string;
}

export function useI18n(): I18n {
  return {
    locale: computed(() => currentLocale.value),
    // Reads the ref on every call, so templates and computeds re-render when the locale changes.
    t: (key, params) => translate(currentLocale.value, key, params),
  };
}
