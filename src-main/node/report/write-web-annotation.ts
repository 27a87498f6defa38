// Highlights as W3C Web Annotations (https://www.w3.org/TR/annotation-model/): each targets its
// article with a TextQuoteSelector and a TextPositionSelector; the codes are tagging bodies and the
// note a commenting body. The collection is an AnnotationCollection with one page.
import type { ReportModel } from './report-model';
import { defineExporter } from './exporter';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export function articleIri(articleId: number): string {
  return `urn:zhiyan:article:${articleId}`;
}

export function writeWebAnnotation(model: ReportModel): string {
  const items = model.articles.flatMap((article) => {
    const prefixOf = (start: number) => article.cleanText.slice(Math.max(0, start - 32), start);
    const suffixOf = (end: number) => article.cleanText.slice(end, end + 32);
    return article.passages.map((passage) => {
      const body: Record<string, unknown>[] = passage.codeIds.map((id) => {
        const code = model.codeById.get(id)!;
        return { type: 'TextualBody', purpose: 'tagging', value: code.path, format: 'text/plain' };
      });
      if (passage.note)
        body.push({
          type: 'TextualBody',
          purpose: 'commenting',
          value: passage.note,
          format: 'text/plain',
          language: 'zh',
        });
      return {
        id: `urn:zhiyan:highlight:${passage.highlightId}`,
        type: 'Annotation',
        motivation: passage.codeIds.length ? 'tagging' : 'highlighting',
        body,
        target: {
          source: articleIri(article.id),
          type: 'Text',
          title: article.title,
          ...(article.date ? { date: article.date } : {}),
          ...(article.source ? { publisher: article.source } : {}),
          fileName: article.fileName,
          selector: [
            {
              type: 'TextQuoteSelector',
              exact: passage.exact,
              prefix: prefixOf(passage.start),
              suffix: suffixOf(passage.end),
            },
            { type: 'TextPositionSelector', start: passage.start, end: passage.end },
          ],
        },
      };
    });
  });
  return `${JSON.stringify(
    {
      '@context': CONTEXT,
      type: 'AnnotationCollection',
      label: model.options.title || '智研 标注',
      ...(model.options.author ? { creator: { type: 'Person', name: model.options.author } } : {}),
      generated: model.generatedAt,
      total: items.length,
      first: { type: 'AnnotationPage', startIndex: 0, items },
    },
    null,
    2,
  )}\n`;
}

export const webAnnotationExporter = defineExporter('json', (model, out) =>
  out.file(writeWebAnnotation(model)),
);
