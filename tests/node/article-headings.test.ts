// Section headings stored with an article: migration 0009 for projects imported before, and what
// `zhiyan show` prints (the CLI as a user runs it, a real process).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src-main/node/db/migrations';
import { ProjectStore } from '../../src-main/node/db/project-store';
import { getArticleById } from '../../src-main/node/db/repositories/articles-repo';
import { buildNodeEntry } from './support/build-entry';
import { makeTempDir } from './support/temp-project';

const PROSE =
  '在作为工业经济主战场的智造新城，笔者走进有机硅功能材料项目建设现场看到，工人们正在对相关设备进行安装调试，项目建成后将形成年产十万吨的生产能力。';

describe('migration 0009', () => {
  it('adds headings_json; an older article gets its headings from its original text and numbered heads', async () => {
    const file = path.join(makeTempDir('migrate-0009'), 'old.zhiyan');
    const old = await ProjectStore.create(file, { migrations: MIGRATIONS.filter((m) => m.version <= 8) });
    // As version 8 stored a newspaper article: the "##" markers only in the original text.
    const original = `## 衢州:全力以赴抓项目\n\n导语。${PROSE}\n\n## 项目建设快马加鞭\n\n${PROSE}\n\n一、总体要求\n\n${PROSE}`;
    const clean = `导语。${PROSE}\n项目建设快马加鞭\n${PROSE}\n一、总体要求\n${PROSE}`;
    old.write((q) =>
      q.run(
        `INSERT INTO articles (file_path, content_hash, layout, encoding, title, date, date_precision, clean_text,
           original_text, created_at, updated_at) VALUES ('/a.txt', 'h', 'newspaper', 'utf-8', '衢州:全力以赴抓项目',
           NULL, 'none', ?, ?, 'now', 'now')`,
        [clean, original],
      ),
    );
    old.close();

    const store = await ProjectStore.open(file);
    try {
      expect(store.schemaVersion).toBeGreaterThanOrEqual(9);
      expect(store.read((q) => q.get('SELECT headings_json FROM articles'))).toEqual({ headings_json: null });
      for (const withOriginal of [true, false]) {
        const article = store.read((q) => getArticleById(q, 1, withOriginal))!;
        expect(article.headings).toEqual([
          { level: 1, text: '项目建设快马加鞭', start: clean.indexOf('项目建设快马加鞭'), end: clean.indexOf('项目建设快马加鞭') + 8 },
          { level: 2, text: '一、总体要求', start: clean.indexOf('一、总体要求'), end: clean.indexOf('一、总体要求') + 6 },
        ]);
      }
    } finally {
      store.close();
    }
  });
});

let cli = '';
beforeAll(async () => {
  cli = await buildNodeEntry('src-main/cli/index.ts', 'cli');
});

function zhiyan(...args: string[]) {
  const env = { ...process.env, LC_ALL: 'en_US.UTF-8' };
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('zhiyan show', { timeout: 120_000 }, () => {
  it('lists each heading with its level, text and offsets in --json, and marks headings in text', async () => {
    const folder = makeTempDir('cli-headings');
    fs.writeFileSync(
      path.join(folder, 'paper.txt'),
      [
        '## 衢州:全力以赴抓项目拼经济争发展',
        '徐颖之 章卫平',
        `日前，衢州市召开县(市、区)一把手座谈会。${PROSE}`,
        '## 项目建设快马加鞭 冲刺“全年红”',
        PROSE,
        '### 智造新城',
        `新城项目开工率居全市第一。${PROSE}`,
      ].join('\n\n'),
    );
    const project = path.join(makeTempDir('cli-headings-project'), 'h.zhiyan');
    expect(zhiyan('import', folder, '--project', project, '--json').code).toBe(0);

    const shown = zhiyan('show', '1', '--project', project, '--json');
    expect(shown.code).toBe(0);
    const article = JSON.parse(shown.stdout) as {
      cleanText: string;
      headings: { level: number; text: string; start: number; end: number }[];
    };
    expect(article.headings.map(({ level, text }) => ({ level, text }))).toEqual([
      { level: 1, text: '项目建设快马加鞭 冲刺“全年红”' },
      { level: 2, text: '智造新城' },
    ]);
    for (const heading of article.headings)
      expect(article.cleanText.slice(heading.start, heading.end)).toBe(heading.text);

    const text = zhiyan('show', '1', '--project', project).stdout;
    expect(text).toContain('\n## 项目建设快马加鞭 冲刺“全年红”\n');
    expect(text).toContain('\n### 智造新城\n');

    // Stored at import, not derived on read.
    const store = await ProjectStore.open(project);
    try {
      const stored = store.read((q) => q.get<{ headings_json: string | null }>('SELECT headings_json FROM articles'));
      expect(JSON.parse(stored!.headings_json ?? 'null')).toEqual(article.headings);
    } finally {
      store.close();
    }
  });
});
