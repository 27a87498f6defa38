// An engine with a fresh project of a few imported articles, for the annotation tests: every call
// goes through engine.dispatch, as the app's calls do.
import fs from 'node:fs';
import path from 'node:path';
import type { ApiEventName, ApiEvents, ApiMethod, ApiResults } from '../../../src-main/common/api/contract';
import { createEngine, type Engine } from '../../../src-main/node/engine/engine';
import { makeTempDir } from './temp-project';

export const ARTICLE_TEXTS = [
  {
    title: '衢州锂电产业再添新项目',
    body: '衢州智造新城签约锂电新材料项目，总投资50亿元。\n项目建成后年产值预计超过百亿元！市长表示：“这是衢州新能源产业的里程碑。”\n当地将继续发展新能源汽车配套。',
  },
  {
    title: '合肥新能源汽车产业链加速集聚',
    body: '合肥市新能源汽车产业链又有三个配套项目落地。\n这些项目将补齐电驱系统短板；锂电池产能同步扩大。',
  },
  {
    title: '宜宾動力電池產業發展',
    body: '宜宾推進動力電池產業發展，鋰電項目密集落地。\n𠮷野家等企业也来投资。',
  },
];

export interface Recorded {
  name: ApiEventName;
  payload: unknown;
  /** The one client the event was for (undo state), if any. */
  target?: string;
}

export interface AnnotationProject {
  engine: Engine;
  projectPath: string;
  articleIds: number[];
  events: Recorded[];
  call<M extends ApiMethod>(method: M, args?: unknown): Promise<ApiResults[M]>;
  errorCode(method: ApiMethod, args?: unknown): Promise<string>;
  lastEvent<E extends ApiEventName>(name: E): ApiEvents[E] | undefined;
}

export function articleFolder(texts = ARTICLE_TEXTS): string {
  const dir = makeTempDir('annotation-corpus');
  texts.forEach((text, i) =>
    fs.writeFileSync(
      path.join(dir, `${String(i + 1).padStart(5, '0')}.txt`),
      `${text.title}\n\n发布时间：2023-12-${String((i % 28) + 1).padStart(2, '0')} 10:00:00 来源：测试日报\n\n${text.body}\n`,
    ),
  );
  return dir;
}

export function wrap(engine: Engine, events: Recorded[]) {
  const call = async <M extends ApiMethod>(method: M, args: unknown = {}): Promise<ApiResults[M]> => {
    const result = await engine.dispatch(method, args);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.value as ApiResults[M];
  };
  const errorCode = async (method: ApiMethod, args: unknown = {}): Promise<string> => {
    const result = await engine.dispatch(method, args);
    if (result.ok) throw new Error(`${method} was expected to fail`);
    return result.error.code;
  };
  const lastEvent = <E extends ApiEventName>(name: E) =>
    [...events].reverse().find((e) => e.name === name)?.payload as ApiEvents[E] | undefined;
  return { call, errorCode, lastEvent };
}

export function startEngine(events: Recorded[] = []): Engine {
  return createEngine(
    { dataDir: null, resourcesDir: path.resolve('resources'), host: 'browser', appVersion: 'test' },
    (name, payload, target) => events.push(target === undefined ? { name, payload } : { name, payload, target }),
  );
}

export async function annotationProject(label: string, texts = ARTICLE_TEXTS): Promise<AnnotationProject> {
  const events: Recorded[] = [];
  const engine = startEngine(events);
  const projectPath = path.join(makeTempDir(label), `${label}.zhiyan`);
  const helpers = wrap(engine, events);
  await helpers.call('createProject', { path: projectPath });
  await helpers.call('importPaths', { paths: [articleFolder(texts)] });
  const page = await helpers.call('listArticles', { limit: 1000 });
  const articleIds = page.items.map((a) => a.id);
  events.length = 0;
  return { engine, projectPath, articleIds, events, ...helpers };
}

/** Opens a project (e.g. a crashed copy) in a new engine. */
export async function reopen(projectPath: string) {
  const events: Recorded[] = [];
  const engine = startEngine(events);
  const helpers = wrap(engine, events);
  await helpers.call('openProject', { path: projectPath });
  return { engine, events, ...helpers };
}
