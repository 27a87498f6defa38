import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../src-main/common/api/errors';
import { IMPORT_PROBLEMS } from '../../../src-main/common/model/project';
import { catalogues, interpolate, translate, type MessageKey } from '../../../src-renderer/src/i18n';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('message catalogues', () => {
  const zh = catalogues['zh-CN'];
  const en = catalogues.en;

  it('have the same keys in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(zh) as MessageKey[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
  });

  it('say for every error code what happened and what to do, in both languages', () => {
    for (const code of ERROR_CODES) {
      const zhText = translate('zh-CN', `error.${code}`);
      const enText = translate('en', `error.${code}`);
      expect(zhText, code).toMatch(/[\u4e00-\u9fff]/);
      // Two sentences at least: what happened, then what to do next.
      expect(zhText.split('。').filter(Boolean).length, code).toBeGreaterThanOrEqual(2);
      expect(enText.split(/[.;] /).length, code).toBeGreaterThanOrEqual(2);
      expect(enText, code).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('name every import problem in both languages', () => {
    for (const code of IMPORT_PROBLEMS) {
      expect(translate('zh-CN', `importProblem.${code}`), code).toMatch(/[\u4e00-\u9fff]/);
      expect(translate('en', `importProblem.${code}`), code).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('tell a damaged project can be restored from a backup', () => {
    expect(translate('zh-CN', 'error.PROJECT_DAMAGED')).toContain('备份恢复');
    expect(translate('en', 'error.PROJECT_NEWER_THAN_APP')).toMatch(/update/i);
  });

  it('leave no message empty', () => {
    for (const text of [...Object.values(zh), ...Object.values(en)]) expect(text.trim()).not.toBe('');
  });
});

describe('interpolate', () => {
  it('fills named placeholders, repeatedly and with numbers', () => {
    expect(interpolate('{a} 与 {b}，再次 {a}', { a: '衢州', b: 2 })).toBe('衢州 与 2，再次 衢州');
  });

  it('leaves unknown placeholders as written and ignores inherited names', () => {
    expect(interpolate('{missing} {toString}', {})).toBe('{missing} {toString}');
  });

  it('does not re-interpret braces inside the values', () => {
    expect(interpolate('{path}', { path: '/home/{name}/项目' })).toBe('/home/{name}/项目');
  });
});
