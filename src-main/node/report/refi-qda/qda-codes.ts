// The codebook's Code elements, the same in a project (.qde) and a codebook (.qdc): both schemas give
// Code the attributes guid, name, isCodable (required) and color, and the sequence Description?, Code*.
import type { QdaCode } from '../../../common/model/refi-qda';
import { qdaGuid } from './qda-guid';
import { element, textElement, type XmlElement } from './xml-element';

/** `#RRGGBB` for the schema's RGBType, or undefined when the colour is not a hex colour. */
export function exportColor(color: string): string | undefined {
  const hex = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(color.trim())?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return `#${full.toUpperCase()}`;
}

/** Every code can be applied to passages in Zhiyan, parents included: isCodable is always true. */
export function codeElement(projectKey: string, code: QdaCode): XmlElement {
  return element(
    'Code',
    {
      guid: qdaGuid(projectKey, 'code', code.id),
      name: code.name,
      isCodable: 'true',
      color: exportColor(code.color),
    },
    [
      code.description.trim() !== '' && textElement('Description', code.description),
      ...code.children.map((child) => codeElement(projectKey, child)),
    ],
  );
}

/** The ids of every code in the tree, to tell which code references can be written. */
export function codeIdsOf(codes: readonly QdaCode[], into = new Set<number>()): Set<number> {
  for (const code of codes) {
    into.add(code.id);
    codeIdsOf(code.children, into);
  }
  return into;
}
