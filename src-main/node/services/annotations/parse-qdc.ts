// Reads a REFI-QDA codebook into a plain code tree: a .qdc, a project document (.qde) holding one,
// or a .qdpx (a ZIP with project.qde inside). Each QDA program writes the standard its own way
// (ATLAS.ti declares urn:QDA-XML:codebook:0:4, NVivo for Mac urn:QDA-XML:codebook:1:0, MAXQDA writes
// upper-case colours, Taguette and NVivo none), so this is tolerant of what does not matter (any
// REFI-QDA namespace version, a prefix or none, attributes in any order, missing colours, a BOM,
// UTF-16) and strict about what does: the document must be XML whose root is a REFI-QDA CodeBook
// or Project, and every code must have a name. A refusal says exactly what was found, as
// `detail.reason` (see CodebookProblem) with its values, for the hosts to say in the user's language.
import { unzipSync } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ApiFailure } from '../../../common/api/errors';
import type { CodebookProblem } from '../../../common/model/codebook-problem';
import type { QdaCodeTreeNode } from '../../../common/model/refi-qda';

/** Every version the REFI-QDA standard and its implementations have used: 1.0, 1:0, 0:4 … */
const REFI_NAMESPACE = /^urn:QDA-XML:(codebook|project):/i;

/** A project document above this size is read only around its codebook (sources can be huge). */
const WHOLE_DOCUMENT_LIMIT = 4 * 1024 * 1024;
/** project.qde bigger than this is not unpacked (a string this long does not fit in memory). */
const MAX_QDE_BYTES = 400 * 1024 * 1024;

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

/** The codes of a .qdc, .qde or .qdpx, as bytes or (for XML) text. */
export function parseQdc(input: string | Uint8Array): QdaCodeTreeNode[] {
  if (typeof input !== 'string' && isZip(input)) return parseXml(decode(projectDocumentOf(input)));
  return parseXml(typeof input === 'string' ? input : decode(input));
}

function parseXml(text: string): QdaCodeTreeNode[] {
  const xml = text.replace(/^\uFEFF/, '');
  if (xml.trim() === '') throw invalid('empty', 'The file is empty.');
  const { document: focused, lineOffset } = codebookPart(xml);
  const check = XMLValidator.validate(focused);
  if (check !== true) {
    const line = check.err.line + lineOffset;
    // The commonest fault (a tag closed in the wrong place) also as names, for a translated sentence.
    const mismatch =
      /closing tag '([^']+)' \(opened in line (\d+)[^)]*\) instead of closing tag '([^']+)'/.exec(
        check.err.msg,
      );
    const tags = mismatch
      ? { expected: mismatch[1], openedLine: Number(mismatch[2]) + lineOffset, found: mismatch[3] }
      : {};
    throw invalid('not-xml', `The file is not well-formed XML (line ${line}: ${check.err.msg}).`, {
      line,
      message: check.err.msg,
      ...tags,
    });
  }
  const document = parser.parse(focused) as Record<string, unknown>;
  const rootName = Object.keys(document).find((key) => !key.startsWith('#'));
  if (!rootName) throw invalid('no-element', 'The file holds no XML element.');
  const root = asNodes(document[rootName])[0] ?? {};

  const kind = localName(rootName);
  if (kind !== 'CodeBook' && kind !== 'Project')
    throw invalid(
      'root',
      `The root element is <${rootName}>, not the <CodeBook> or <Project> of REFI-QDA: this is not a REFI-QDA codebook.`,
      { root: rootName },
    );
  checkNamespace(rootName, root);
  const codebook = kind === 'CodeBook' ? root : childrenOf(root, 'CodeBook')[0];
  if (!codebook)
    throw invalid('no-codebook', 'This is a REFI-QDA project without a codebook: it has no codes to import.');
  const codes = childrenOf(codebook, 'Codes').flatMap((codesNode) => childrenOf(codesNode, 'Code'));
  return codes.map((code, i) => readCode(code, `${i + 1}`));
}

/**
 * The document to parse: the whole of it, or for a large project document only its root element
 * around its CodeBook (a .qdpx exported with its sources' text can hold hundreds of megabytes that
 * a codebook import never reads), with how many lines were cut before the CodeBook.
 */
function codebookPart(xml: string): { document: string; lineOffset: number } {
  const whole = { document: xml, lineOffset: 0 };
  if (xml.length <= WHOLE_DOCUMENT_LIMIT) return whole;
  const rootTag = /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*(<([\w.-]+:)?Project\b[^>]*>)/.exec(
    xml,
  );
  if (!rootTag) return whole;
  const prefix = rootTag[2] ?? '';
  const start = xml.search(new RegExp(`<${prefix}CodeBook[\\s/>]`));
  if (start < 0) return whole;
  const closing = `</${prefix}CodeBook>`;
  const close = xml.indexOf(closing, start);
  const selfClosing = /^<[^>]*\/>/.exec(xml.slice(start, start + 4096));
  const end = selfClosing ? start + selfClosing[0].length : close < 0 ? -1 : close + closing.length;
  if (end < 0) return whole;
  const opening = rootTag[1]!;
  const document = `${opening}\n${xml.slice(start, end)}\n</${prefix}Project>`;
  // Line n of the part is line n + lineOffset of the file (the opening tag stands on one line here).
  const linesBefore = countLines(xml, start);
  return { document, lineOffset: linesBefore - 1 - countLines(opening, opening.length) };
}

function countLines(text: string, end: number): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

function readCode(node: XmlNode, position: string): QdaCodeTreeNode {
  const attributes = node['@'] ?? {};
  const name = (attributeOf(attributes, 'name') ?? '').trim();
  if (name === '')
    throw invalid('code-without-name', `Code ${position} of the codebook has no name.`, { position });
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
  if (namespace !== undefined && !REFI_NAMESPACE.test(namespace.trim())) {
    throw invalid(
      'namespace',
      `The document's namespace is "${namespace}", not a REFI-QDA one (urn:QDA-XML:codebook:… or urn:QDA-XML:project:…).`,
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

/** A local file header (PK\3\4), or the end record alone of an empty archive (PK\5\6). */
const isZip = (bytes: Uint8Array) =>
  bytes.length >= 4 &&
  bytes[0] === 0x50 &&
  bytes[1] === 0x4b &&
  ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06));

/**
 * project.qde out of a .qdpx: at the root as the standard says (any letter case), or else the only
 * .qde in the archive (someone zipped the folder it was in). Nothing else is unpacked.
 */
function projectDocumentOf(zip: Uint8Array): Uint8Array {
  const names: string[] = [];
  let tooLarge: { name: string; bytes: number } | null = null;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, {
      filter: (file) => {
        names.push(file.name);
        if (!/\.qde$/i.test(file.name)) return false;
        if (file.originalSize > MAX_QDE_BYTES) {
          tooLarge = { name: file.name, bytes: file.originalSize };
          return false;
        }
        return true;
      },
    });
  } catch (error) {
    throw invalid(
      'zip-damaged',
      `The file is a ZIP archive that cannot be unpacked (${(error as Error).message}).`,
      {
        message: (error as Error).message,
      },
    );
  }
  const found = Object.keys(files);
  const chosen =
    found.find((name) => name.toLowerCase() === 'project.qde') ?? (found.length === 1 ? found[0] : undefined);
  if (chosen !== undefined) return files[chosen]!;
  const big = tooLarge as { name: string; bytes: number } | null;
  if (big)
    throw invalid('qde-too-large', `${big.name} in the archive is too large to read (${big.bytes} bytes).`, {
      entry: big.name,
      bytes: big.bytes,
    });
  if (found.length > 1)
    throw invalid(
      'zip-several-qde',
      `The ZIP archive holds several project documents (${found.join(', ')}) and no project.qde.`,
      {
        entries: found.join(', '),
      },
    );
  const listed = names.filter((name) => !name.endsWith('/')).slice(0, 5);
  throw invalid(
    'zip-without-qde',
    `The file is a ZIP archive without project.qde: it is not a REFI-QDA project (.qdpx).`,
    {
      entries: listed.join(', '),
      count: names.filter((name) => !name.endsWith('/')).length,
    },
  );
}

/** UTF-8 unless a byte-order mark says UTF-16 (as some Windows tools write). */
function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

const invalid = (reason: CodebookProblem, message: string, detail: Record<string, unknown> = {}) =>
  new ApiFailure('CODEBOOK_INVALID', message, { reason, ...detail });
