// project.qde: the REFI-QDA project document (namespace urn:QDA-XML:project:1.0, schema
// Project-mrt2019.xsd). Element order follows the schema's sequences:
//   Project: Users, CodeBook, Variables, (Cases), Sources, Notes, (Links), Sets, (Graphs, Description), NoteRef*
//   TextSource: (Description), (PlainTextContent), PlainTextSelection*, (Coding*), NoteRef*, VariableValue*
//   PlainTextSelection: (Description), Coding*, NoteRef*      Coding: CodeRef, (NoteRef*)
//   Set: (Description), (MemberCode*), MemberSource*, (MemberNote*)
// A passage's note is written twice: as the selection's Description, which QualCoder and most tools
// show as the coded segment's memo, and as a Note the selection's NoteRef points at (how MAXQDA and
// ATLAS.ti link memos). Article tags become Sets, one per tag, listing the tagged sources.
// Containers the schema requires to be non-empty (CodeBook, Variables, Sources, Notes) are left out
// when there is nothing to put in them.
import { memoTitle } from '../../../common/model/memo-title';
import { codeElement, codeIdsOf } from './qda-codes';
import { toCodePointOffsets } from './code-points';
import { qdaGuid } from './qda-guid';
import type { QdaProject, QdaSelection, QdaSource, QdaVariableLabels } from '../../../common/model/refi-qda';
import { xsdDateTime } from './qda-time';
import { element, renderXmlDocument, textElement, type XmlElement } from './xml-element';

export const QDA_PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';

export interface QdeSourceFile {
  /** `<guid>.txt`: stored in the archive's sources/ folder, named by plainTextPath="internal://…". */
  fileName: string;
  /** The source's plain text, exactly the text the selections' positions count in. */
  text: string;
}

export interface QdeDocument {
  xml: string;
  sourceFiles: QdeSourceFile[];
}

interface Context {
  project: QdaProject;
  userGuid: string;
  codeIds: Set<number>;
  notes: XmlElement[];
}

export function writeProjectQde(project: QdaProject): QdeDocument {
  const context: Context = {
    project,
    userGuid: qdaGuid(project.key, 'user', project.userName),
    codeIds: codeIdsOf(project.codes),
    notes: [],
  };
  const variables = variableElements(project);
  const selectionsByArticle = groupSelections(project.selections);
  const sourceFiles: QdeSourceFile[] = [];
  const sourceGuids = new Map<number, string>();
  const sources = project.sources.map((source) => {
    const guid = qdaGuid(project.key, 'source', source.articleId);
    sourceGuids.set(source.articleId, guid);
    sourceFiles.push({ fileName: `${guid}.txt`, text: source.text });
    return textSourceElement(
      context,
      guid,
      source,
      selectionsByArticle.get(source.articleId) ?? [],
      variables,
    );
  });
  const memoRefs = project.memos.map((memo) =>
    noteRef(
      addNote(
        context,
        `memo:${memo.id}`,
        memoTitle(memo) || firstLine(memo.body),
        memo.body,
        memo.createdAt,
        memo.updatedAt,
      ),
    ),
  );
  const root = element(
    'Project',
    {
      xmlns: QDA_PROJECT_NAMESPACE,
      name: project.name,
      origin: project.origin,
      creatingUserGUID: context.userGuid,
      creationDateTime: xsdDateTime(project.createdAt),
      modifyingUserGUID: context.userGuid,
      modifiedDateTime: xsdDateTime(project.exportedAt),
    },
    [
      element('Users', {}, [element('User', { guid: context.userGuid, name: project.userName })]),
      project.codes.length > 0 &&
        element('CodeBook', {}, [
          element(
            'Codes',
            {},
            project.codes.map((code) => codeElement(project.key, code)),
          ),
        ]),
      variables.list.length > 0 &&
        element(
          'Variables',
          {},
          variables.list.map((v) => v.element),
        ),
      sources.length > 0 && element('Sources', {}, sources),
      context.notes.length > 0 && element('Notes', {}, context.notes),
      setsElement(project, sourceGuids),
      ...memoRefs,
    ],
  );
  return { xml: renderXmlDocument(root), sourceFiles };
}

function textSourceElement(
  context: Context,
  guid: string,
  source: QdaSource,
  selections: QdaSelection[],
  variables: Variables,
): XmlElement {
  const { userGuid } = context;
  const note = source.note;
  const noteGuid =
    note && note.text.trim() !== ''
      ? addNote(
          context,
          `article:${source.articleId}`,
          source.title,
          note.text,
          note.createdAt,
          note.updatedAt,
        )
      : null;
  return element(
    'TextSource',
    {
      guid,
      name: source.title,
      plainTextPath: `internal://${guid}.txt`,
      creatingUser: userGuid,
      creationDateTime: xsdDateTime(source.createdAt),
    },
    [
      ...selectionElements(context, source.text, selections),
      noteGuid !== null && noteRef(noteGuid),
      ...variables.list.flatMap(({ key, guid: variableGuid }) => {
        const value = metadataValue(source, key);
        return value === ''
          ? []
          : [
              element('VariableValue', {}, [
                element('VariableRef', { targetGUID: variableGuid }),
                textElement('TextValue', value),
              ]),
            ];
      }),
    ],
  );
}

function selectionElements(context: Context, text: string, selections: QdaSelection[]): XmlElement[] {
  const { project, userGuid } = context;
  const clamp = (n: number) => Math.min(Math.max(0, n), text.length);
  const offsets = toCodePointOffsets(
    text,
    selections.flatMap((s) => [clamp(s.start), clamp(s.end)]),
  );
  // The quote is cut from the text by UTF-16 offsets, an offset inside a surrogate pair moved to the
  // character's start as toCodePointOffsets does (spreading each source into characters cost ~0.5 s
  // for 2,000 articles).
  const unit = (n: number) => {
    const u = clamp(n);
    const splitsPair = u > 0 && /[\uD800-\uDBFF]/.test(text[u - 1]!) && /[\uDC00-\uDFFF]/.test(text[u] ?? '');
    return splitsPair ? u - 1 : u;
  };
  const placed = selections
    .map((selection, i) => ({ selection, start: offsets[2 * i]!, end: offsets[2 * i + 1]! }))
    .filter(({ start, end }) => end > start)
    .sort((a, b) => a.start - b.start || a.end - b.end || a.selection.highlightId - b.selection.highlightId);
  return placed.map(({ selection, start, end }) => {
    const created = xsdDateTime(selection.createdAt);
    const quote = text.slice(unit(selection.start), unit(selection.end));
    const noteGuid =
      selection.note.trim() !== ''
        ? addNote(
            context,
            `highlight:${selection.highlightId}`,
            selectionName(quote),
            selection.note,
            selection.createdAt,
            selection.createdAt,
          )
        : null;
    const codings = selection.codeIds
      .filter((codeId) => context.codeIds.has(codeId))
      .map((codeId) =>
        element(
          'Coding',
          {
            guid: qdaGuid(project.key, 'coding', `${selection.highlightId}:${codeId}`),
            creatingUser: userGuid,
            creationDateTime: created,
          },
          [element('CodeRef', { targetGUID: qdaGuid(project.key, 'code', codeId) })],
        ),
      );
    return element(
      'PlainTextSelection',
      {
        guid: qdaGuid(project.key, 'selection', selection.highlightId),
        name: selectionName(quote),
        startPosition: start,
        endPosition: end,
        creatingUser: userGuid,
        creationDateTime: created,
      },
      [
        noteGuid !== null && textElement('Description', selection.note),
        ...codings,
        noteGuid !== null && noteRef(noteGuid),
      ],
    );
  });
}

/** One Set per article tag (sorted by name) listing its sources; null when no source has a tag. */
function setsElement(project: QdaProject, sourceGuids: Map<number, string>): XmlElement | null {
  const members = new Map<string, string[]>();
  for (const source of project.sources)
    for (const tag of source.tags ?? []) {
      const list = members.get(tag) ?? [];
      list.push(sourceGuids.get(source.articleId)!);
      members.set(tag, list);
    }
  if (members.size === 0) return null;
  const names = [...members.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return element(
    'Sets',
    {},
    names.map((name) =>
      element(
        'Set',
        { guid: qdaGuid(project.key, 'set', `tag:${name}`), name },
        members.get(name)!.map((guid) => element('MemberSource', { targetGUID: guid })),
      ),
    ),
  );
}

/** Adds a Note (a TextSource with its text inline) to the project's Notes; returns its GUID. */
function addNote(
  context: Context,
  id: string,
  name: string,
  text: string,
  createdAt: string,
  updatedAt: string,
) {
  const guid = qdaGuid(context.project.key, 'note', id);
  context.notes.push(
    element(
      'Note',
      {
        guid,
        name,
        creatingUser: context.userGuid,
        creationDateTime: xsdDateTime(createdAt),
        modifyingUser: context.userGuid,
        modifiedDateTime: xsdDateTime(updatedAt),
      },
      [textElement('PlainTextContent', text)],
    ),
  );
  return guid;
}

const noteRef = (guid: string) => element('NoteRef', { targetGUID: guid });

type MetadataKey = keyof QdaVariableLabels;
const METADATA_KEYS: MetadataKey[] = ['date', 'source', 'author', 'places', 'url', 'docNumber'];

interface Variables {
  list: Array<{ key: MetadataKey; guid: string; element: XmlElement }>;
}

/**
 * Article metadata as document variables (MAXQDA's document variables, NVivo's attributes), one per
 * field some exported article has. All are Text: dates can be partial ("--03-08", no year), which
 * xsd:date cannot hold, and places are a list. Dates are written as stored: 2023-05-08, or partial
 * (2023-05, 2023, --03-08), which other tools read as text.
 */
function variableElements(project: QdaProject): Variables {
  const list = METADATA_KEYS.filter((key) => project.sources.some((s) => metadataValue(s, key) !== '')).map(
    (key) => {
      const guid = qdaGuid(project.key, 'variable', key);
      return {
        key,
        guid,
        element: element('Variable', { guid, name: project.variableLabels[key], typeOfVariable: 'Text' }),
      };
    },
  );
  return { list };
}

function metadataValue(source: QdaSource, key: MetadataKey): string {
  const value = key === 'places' ? source.metadata.places.join('、') : source.metadata[key];
  return (value ?? '').trim();
}

function groupSelections(selections: readonly QdaSelection[]): Map<number, QdaSelection[]> {
  const byArticle = new Map<number, QdaSelection[]>();
  for (const selection of selections) {
    const list = byArticle.get(selection.articleId) ?? [];
    list.push(selection);
    byArticle.set(selection.articleId, list);
  }
  return byArticle;
}

/** A selection's name is its quote on one line, shortened: what the other tool lists it by. */
function selectionName(quote: string): string {
  const line = [...quote.replace(/\s+/g, ' ').trim()];
  return line.length > 60 ? `${line.slice(0, 60).join('')}…` : line.join('');
}

function firstLine(body: string): string {
  const line = [...(body.trim().split('\n')[0] ?? '')];
  return line.length > 40 ? `${line.slice(0, 40).join('')}…` : line.join('');
}
