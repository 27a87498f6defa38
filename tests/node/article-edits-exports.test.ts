// Reports and exchange files cite an article as corrected by hand: its edited title, source and
// date (a month or a year in words), and its document number (文号) where it has one. And the
// migration that adds these columns keeps every article of an older project.
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import initSqlJs from 'sql.js';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src-main/node/db/migrations';
import { ProjectStore } from '../../src-main/node/db/project-store';
import { annotationProject, type AnnotationProject } from './support/annotation-project';
import { makeTempDir } from './support/temp-project';

let open: AnnotationProject[] = [];
afterEach(async () => {
  for (const p of open) await p.engine.shutdown();
  open = [];
});

async function editedProject(label: string) {
  const p = await annotationProject(label);
  open.push(p);
  const [a, b] = p.articleIds as [number, number];
  await p.call('editArticle', {
    id: a,
    title: '关于加快锂电产业发展的通知',
    source: '衢州市人民政府办公室',
    date: '2023-05',
    docNumber: '衢政办发〔2023〕9号',
  });
  await p.call('editArticle', { id: b, date: '2024' });
  const code = await p.call('createCode', { name: '锂电' });
  for (const id of [a, b])
    await p.call('createHighlight', { articleId: id, start: 0, end: 4, codeIds: [code.id] });
  return { p, a, b, out: makeTempDir(`${label}-out`) };
}

describe('exports of corrected articles', () => {
  it('cites the edited title, source, date in words and the document number in reports', async () => {
    const { p, out } = await editedProject('edit-report');
    const target = path.join(out, 'report.md');
    await p.call('exportReport', { report: {}, format: 'md', path: target });
    const markdown = fs.readFileSync(target, 'utf8');
    expect(markdown).toContain('*衢州市人民政府办公室 · 2023年5月 · 衢政办发〔2023〕9号 · ');
    const byCode = path.join(out, 'by-code.md');
    await p.call('exportReport', { report: { organise: 'code' }, format: 'md', path: byCode });
    const quotes = fs.readFileSync(byCode, 'utf8');
    expect(quotes).toContain(
      '衢州市人民政府办公室，2023年5月，《关于加快锂电产业发展的通知》，衢政办发〔2023〕9号（',
    );
    expect(quotes).toContain('测试日报，2024年，《合肥新能源汽车产业链加速集聚》（');
    // Date order: 2023-05, then the unedited 2023-12-03, then 2024.
    const first = (title: string) => markdown.indexOf(title);
    expect(first('关于加快锂电产业发展的通知')).toBeLessThan(first('宜宾動力電池產業發展'));
    expect(first('宜宾動力電池產業發展')).toBeLessThan(first('合肥新能源汽车产业链加速集聚'));
  });

  it('writes the document number as a CSV column and the edited values in each row', async () => {
    const { p, out } = await editedProject('edit-csv');
    const target = path.join(out, 'passages.csv');
    await p.call('exportReport', { report: {}, format: 'csv', path: target });
    const [header, ...rows] = fs
      .readFileSync(target, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header!.split(',')).toContain('doc_number');
    const row = rows.find((line) => line.includes('关于加快锂电产业发展的通知'))!;
    // The date as the app shows it: a month in words, not its storage form.
    expect(row).toContain(',2023年5月,衢州市人民政府办公室,');
    expect(row.endsWith(',衢政办发〔2023〕9号')).toBe(true);
  });

  it('gives REFI-QDA sources the edited title and a 文号 variable', async () => {
    const { p, out } = await editedProject('edit-qdpx');
    const target = path.join(out, 'project.qdpx');
    await p.call('exportReport', { report: {}, format: 'qdpx', path: target });
    const qde = strFromU8(unzipSync(fs.readFileSync(target))['project.qde']!);
    expect(qde).toContain('name="关于加快锂电产业发展的通知"');
    expect(qde).toMatch(/<Variable [^>]*name="文号"/);
    expect(qde).toContain('<TextValue>衢政办发〔2023〕9号</TextValue>');
    expect(qde).toContain('<TextValue>衢州市人民政府办公室</TextValue>');
    expect(qde).toContain('<TextValue>2023-05</TextValue>');
  });
});

describe('migration 0008', () => {
  it('adds the columns to a version 6 project, keeps its articles, and allows month and year precisions', async () => {
    const dir = makeTempDir('migrate-0008');
    const file = path.join(dir, 'old.zhiyan');
    const old = await ProjectStore.create(file, { migrations: MIGRATIONS.filter((m) => m.version <= 6) });
    // As version 6 stored an article (no doc_number column yet).
    old.write((q) =>
      q.run(
        `INSERT INTO articles (file_path, content_hash, layout, encoding, title, date, date_precision, clean_text,
           original_text, created_at, updated_at) VALUES ('/a.txt', 'h', 'plain', 'utf-8', '衢州项目1', '2023-12-29',
           'day', '正文', '正文', 'now', 'now')`,
      ),
    );
    expect(() =>
      old.write((q) => q.run("UPDATE articles SET date = '2023-05', date_precision = 'month'")),
    ).toThrow(/CHECK/);
    old.close();

    const store = await ProjectStore.open(file);
    try {
      expect(store.schemaVersion).toBeGreaterThanOrEqual(8);
      const row = store.read((q) =>
        q.get<Record<string, unknown>>('SELECT title, doc_number, edited_json FROM articles'),
      );
      expect(row).toEqual({ title: '衢州项目1', doc_number: null, edited_json: '{}' });
      store.write((q) => q.run("UPDATE articles SET date = '2023-05', date_precision = 'month'"));
      store.write((q) => q.run("UPDATE articles SET date = '2023', date_precision = 'year'"));
      expect(() => store.write((q) => q.run("UPDATE articles SET date_precision = 'week'"))).toThrow(/CHECK/);
    } finally {
      store.close();
    }
    // The widened check is in the file itself, and the file is sound.
    const SQL = await initSqlJs();
    const db = new SQL.Database(fs.readFileSync(file));
    expect(
      String(db.exec("SELECT sql FROM sqlite_master WHERE name = 'articles'")[0]!.values[0]![0]),
    ).toContain("'month', 'year'");
    expect(db.exec('PRAGMA integrity_check')[0]!.values).toEqual([['ok']]);
    db.close();
  });
});
