// A .qdc file: the codebook alone (REFI-QDA codebook exchange, namespace urn:QDA-XML:codebook:1.0,
// schema Codebook.xsd: CodeBook > Codes > Code*, nested for the hierarchy). The GUIDs are the ones the
// same codes get in a .qdpx of the project, so the two exports agree.
import { codeElement } from './qda-codes';
import { defineExporter } from '../exporter';
import type { QdaProject } from '../../../common/model/refi-qda';
import { element, renderXmlDocument } from './xml-element';

export const QDA_CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

export function writeQdc(codebook: Pick<QdaProject, 'key' | 'origin' | 'codes'>): string {
  // The schema wants at least one Code in Codes. An empty codebook is still written, with an empty
  // Codes, which importers read as "no codes"; the caller may prefer to refuse the export instead.
  const root = element('CodeBook', { xmlns: QDA_CODEBOOK_NAMESPACE, origin: codebook.origin }, [
    element(
      'Codes',
      {},
      codebook.codes.map((code) => codeElement(codebook.key, code)),
    ),
  ]);
  return renderXmlDocument(root);
}

export const qdcExporter = defineExporter('qdc', (codebook, out) => out.file(writeQdc(codebook)));
