// Highlights as W3C Web Annotations (https://www.w3.org/TR/annotation-model/): each targets a
// SpecificResource of its article with a TextQuoteSelector and a TextPositionSelector; the codes are
// tagging bodies and the note a commenting body. The collection is an AnnotationCollection with one
// embedded AnnotationPage.
//
// Positions count Unicode code points, as the model requires (§4.2.5), not the UTF-16 code units
// Zhiyan stores; prefix and suffix are cut on code points too, so no surrogate pair is split.
//
// Every id is a urn:uuid: (RFC 4122 name-based UUID) of the project's key and the stored row id, so
// exporting the same project again gives the same ids: a tool that imported the first export sees
// the same annotations, not copies. An article's id is the GUID its TextSource gets in a .qdpx.
import { codePointRanges } from './code-point-ranges';
import { qdaGuid } from './refi-qda/qda-guid';
import type { ReportModel } from './report-model';
import { defineExporter } from './exporter';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Code points of context kept before and after a quote. */
const CONTEXT_LENGTH = 32;

export function articleIri(projectKey: string, articleId: number): string {
  return `urn:uuid:${qdaGuid(projectKey, 'source', articleId)}`;
}

export function annotationIri(projectKey: string, highlightId: number): string {
  return `urn:uuid:${qdaGuid(projectKey, 'annotation', highlightId)}`;
}

/** The collection's id: the same project and the same report scope give the same collection. */
function collectionIri(model: ReportModel): string {
  return `urn:uuid:${qdaGuid(model.projectKey, 'annotation-collection', JSON.stringify(model.options.scope))}`;
}

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * Up to `count` whole characters of `text` before (`step` -1) or after (+1) the UTF-16 index `at`,
 * found by walking from it: an article can be megabytes, so it is never spread into characters.
 */
function contextAround(text: string, at: number, count: number, step: -1 | 1): string {
  let index = at;
  for (let n = 0; n < count; n++) {
    if (step < 0) {
      if (index <= 0) break;
      index -= index >= 2 && isLow(text.charCodeAt(index - 1)) && isHigh(text.charCodeAt(index - 2)) ? 2 : 1;
    } else {
      if (index >= text.length) break;
      index += isHigh(text.charCodeAt(index)) && isLow(text.charCodeAt(index + 1)) ? 2 : 1;
    }
  }
  return step < 0 ? text.slice(index, at) : text.slice(at, index);
}

export function writeWebAnnotation(model: ReportModel): string {
  const items = model.articles.flatMap((article) => {
    const ranges = codePointRanges(article);
    const source = {
      id: articleIri(model.projectKey, article.id),
      type: 'Text',
      format: 'text/plain',
      language: 'zh',
      title: article.title,
      ...(article.date ? { date: article.date } : {}),
      ...(article.source ? { publisher: article.source } : {}),
      fileName: article.fileName,
      ...(article.tags.length ? { tags: article.tags } : {}),
    };
    return article.passages.map((passage) => {
      const { start, end } = ranges.get(passage.highlightId)!;
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
        id: annotationIri(model.projectKey, passage.highlightId),
        type: 'Annotation',
        motivation: passage.codeIds.length ? 'tagging' : 'highlighting',
        ...(body.length ? { body } : {}),
        target: {
          type: 'SpecificResource',
          source,
          selector: [
            {
              type: 'TextQuoteSelector',
              exact: passage.exact,
              prefix: contextAround(article.cleanText, passage.start, CONTEXT_LENGTH, -1),
              suffix: contextAround(article.cleanText, passage.end, CONTEXT_LENGTH, 1),
            },
            { type: 'TextPositionSelector', start, end },
          ],
        },
      };
    });
  });
  const id = collectionIri(model);
  return `${JSON.stringify(
    {
      '@context': CONTEXT,
      id,
      type: 'AnnotationCollection',
      label: model.options.title || '智研 标注',
      ...(model.options.author ? { creator: { type: 'Person', name: model.options.author } } : {}),
      generated: model.generatedAt,
      total: items.length,
      ...(items.length
        ? { first: { id: `${id}#page-0`, type: 'AnnotationPage', partOf: id, startIndex: 0, items } }
        : {}),
    },
    null,
    2,
  )}\n`;
}

export const webAnnotationExporter = defineExporter('json', (model, out) =>
  out.file(writeWebAnnotation(model)),
);
