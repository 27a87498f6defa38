// Each kind of export input built once from the open project for the chosen report options, with
// the counts the export's result reports. The REFI-QDA inputs carry the project, not a report's
// layout: the report's articles (all of them for the whole project) or the whole codebook.
import type { ExportInput } from '../../common/model/export-formats';
import type { ReportOptions } from '../../common/model/report';
import type { ProjectStore } from '../db/project-store';
import type { SearchCatalogue } from '../search/search-catalogue';
import { buildReportModel } from './build-report-model';
import type { ExportInputs } from './exporter';
import { reportCounts } from './report-model';
import { collectQdaCodebook, collectQdaProject } from './refi-qda';

export interface CollectedInput<T> {
  input: T;
  articles: number;
  passages: number;
}

type Collect<A extends ExportInput> = (
  store: ProjectStore,
  catalogue: SearchCatalogue,
  report: ReportOptions,
) => CollectedInput<ExportInputs[A]>;

export const COLLECT_INPUT: { readonly [A in ExportInput]: Collect<A> } = {
  report: (store, catalogue, report) => {
    const model = buildReportModel(store, catalogue, report);
    const counts = reportCounts(model);
    return { input: model, articles: counts.articles, passages: counts.passages };
  },
  project: (store, catalogue, report) => {
    const ids =
      report.scope.kind === 'all'
        ? undefined
        : buildReportModel(store, catalogue, report).articles.map((article) => article.id);
    const project = collectQdaProject(store, ids, { userName: report.author || undefined, origin: 'Zhiyan' });
    return { input: project, articles: project.sources.length, passages: project.selections.length };
  },
  codebook: (store) => ({
    input: collectQdaCodebook(store, { origin: 'Zhiyan' }),
    articles: 0,
    passages: 0,
  }),
};
