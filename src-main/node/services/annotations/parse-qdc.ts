// Reads a REFI-QDA codebook (.qdc) into a plain code tree. Other tools write the standard loosely, so
// this is tolerant of what does not matter (a default namespace or a prefix or none, attributes in any
// order, missing colours, a BOM, UTF-16) and strict about what does: the document must be XML whose
// root is a REFI-QDA CodeBook (or a Project holding one), and every code must have a name.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ApiFailure } from '../../../common/api/errors';
import type { QdaCodeTreeNode } from '../../../common/model/refi-qda';

const NAMESPACES = ['urn:QDA-XML:codebook:1.0', 'urn:QDA-XML:project:1.0'];

type XmlNode = { '@'?: Record<string, string>; '#text'?: string } & Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  attributesGroupName: '@',
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Character references (&#10;, &#xD;) must be decoded: other tools write line breaks in
  // descriptions that way. The parser decodes them only together with the HTML named entities.
  htmlEntities: true,
  // Every element as an array: the shape no longer depends on how many siblings there happen to be.
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

export function parseQdc(input: string | Uint8Array): QdaCodeTreeNode[] {
  const xml = (typeof input === 'string' ? input : decode(input)).replace(/^\uFEFF/, '');
  if (xml.trim() === '') throw invalid('The file is empty.');
  const check = XMLValidator.validate(xml);
  if (check !== true) {
    throw invalid(`The file is not well-formed XML (line ${check.err.line}: ${check.err.msg}).`, {
      line: check.err.line,
    });
  }
  const document = parser.parse(xml) as Record<string, unknown>;
  const rootName = Object.keys(document).find((key) => !key.startsWith('#'));
  if (!rootName) throw invalid('The file holds no XML element.');
  const root = asNodes(document[rootName])[0] ?? {};
  checkNamespace(rootName, root);

  let codebook: XmlNode | undefined;
  if (localName(rootName) === 'CodeBook') codebook = root;
  else if (localName(rootName) === 'Project') {
    codebook = childrenOf(root, 'CodeBook')[0];
    if (!codebook) throw invalid('This is a REFI-QDA project without a codebook: it has no codes to import.');
  } else {
    throw invalid(
      `The root element is <${rootName}>, not <CodeBook>: this is not a REFI-QDA codebook (.qdc).`,
      {
        root: rootName,
      },
    );
  }
  const codes = childrenOf(codebook, 'Codes').flatMap((codesNode) => childrenOf(codesNode, 'Code'));
  return codes.map((code, i) => readCode(code, `${i + 1}`));
}

function readCode(node: XmlNode, position: string): QdaCodeTreeNode {
  const attributes = node['@'] ?? {};
  const name = (attributeOf(attributes, 'name') ?? '').trim();
  if (name === '') throw invalid(`Code ${position} of the codebook has no name.`, { position });
  const result: QdaCodeTreeNode = {
    name,
    children: childrenOf(node, 'Code').map((child, i) => readCode(child, `${position}.${i + 1}`)),
  };
  const color = readColor(attributeOf(attributes, 'color'));
  if (color) result.color = color;
  const description = childrenOf(node, 'Description')
    .map((d) => (d['#text'] ?? '').replace(/\r\n?/g, '\n').trim())
    .find((text) => text !== '');
  if (description) result.description = description;
  return result;
}

/** `#rrggbb` from `#RRGGBB` or `#RGB`; anything else is ignored (the code gets a default colour). */
function readColor(value: string | undefined): string | undefined {
  const hex = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(value?.trim() ?? '')?.[1];
  if (!hex) return undefined;
  return `#${(hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex).toLowerCase()}`;
}

function checkNamespace(rootName: string, root: XmlNode): void {
  const prefix = rootName.includes(':') ? rootName.slice(0, rootName.indexOf(':')) : '';
  const namespace = root['@']?.[prefix ? `xmlns:${prefix}` : 'xmlns'];
  // No declaration at all is tolerated (hand-written files); a different vocabulary is not.
  if (namespace !== undefined && !NAMESPACES.includes(namespace.trim())) {
    throw invalid(
      `The document's namespace is "${namespace}", not urn:QDA-XML:codebook:1.0: this is not a REFI-QDA codebook (.qdc).`,
      { namespace },
    );
  }
}

function childrenOf(node: XmlNode, local: string): XmlNode[] {
  return Object.keys(node)
    .filter((key) => key !== '@' && key !== '#text' && localName(key) === local)
    .flatMap((key) => asNodes(node[key]));
}

/** Elements parse as objects, or as bare strings when they have neither attributes nor children. */
function asNodes(value: unknown): XmlNode[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) =>
    typeof item === 'object' && item !== null ? (item as XmlNode) : { '#text': String(item ?? '') },
  );
}

function attributeOf(attributes: Record<string, string>, local: string): string | undefined {
  const key = Object.keys(attributes).find((k) => localName(k) === local && !k.startsWith('xmlns'));
  return key === undefined ? undefined : attributes[key];
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** UTF-8 unless a byte-order mark says UTF-16 (as some Windows tools write). */
function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

const invalid = (message: string, detail?: Record<string, unknown>) =>
  new ApiFailure('CODEBOOK_INVALID', message, detail);
