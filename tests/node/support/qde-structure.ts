// A structural check of project.qde against what REFI-QDA's Project-mrt2019.xsd requires of the
// subset Zhiyan writes: each element's children in the order of its xsd:sequence, the required
// attributes present and well-formed (GUIDs, integers, booleans, colours, dateTimes), every GUID
// unique, and every reference (CodeRef, NoteRef, VariableRef, creatingUser) pointing at an element
// that exists. Returns the problems found; an empty list means the document passes.
import { XMLParser } from 'fast-xml-parser';

interface Rule {
  /** Allowed children in schema order (a child may repeat; none may come after a later one). */
  sequence: string[];
  required?: string[];
  /** Children that must occur at least once. */
  mandatoryChildren?: string[];
  text?: boolean;
}

const TEXT_SOURCE: Rule = {
  sequence: ['Description', 'PlainTextContent', 'PlainTextSelection', 'Coding', 'NoteRef', 'VariableValue'],
  required: ['guid'],
};

const RULES: Record<string, Rule> = {
  Project: {
    sequence: [
      'Users',
      'CodeBook',
      'Variables',
      'Cases',
      'Sources',
      'Notes',
      'Links',
      'Sets',
      'Graphs',
      'Description',
      'NoteRef',
    ],
    required: ['name'],
  },
  Users: { sequence: ['User'], mandatoryChildren: ['User'] },
  User: { sequence: [], required: ['guid'] },
  CodeBook: { sequence: ['Codes'], mandatoryChildren: ['Codes'] },
  Codes: { sequence: ['Code'], mandatoryChildren: ['Code'] },
  Code: { sequence: ['Description', 'NoteRef', 'Code'], required: ['guid', 'name', 'isCodable'] },
  Variables: { sequence: ['Variable'], mandatoryChildren: ['Variable'] },
  Variable: { sequence: ['Description'], required: ['guid', 'name', 'typeOfVariable'] },
  VariableValue: { sequence: ['VariableRef', 'TextValue'], mandatoryChildren: ['VariableRef'] },
  VariableRef: { sequence: [], required: ['targetGUID'] },
  TextValue: { sequence: [], text: true },
  Sources: { sequence: ['TextSource'], mandatoryChildren: ['TextSource'] },
  TextSource: TEXT_SOURCE,
  Note: TEXT_SOURCE,
  Notes: { sequence: ['Note'], mandatoryChildren: ['Note'] },
  PlainTextContent: { sequence: [], text: true },
  Description: { sequence: [], text: true },
  PlainTextSelection: {
    sequence: ['Description', 'Coding', 'NoteRef'],
    required: ['guid', 'startPosition', 'endPosition'],
  },
  Coding: { sequence: ['CodeRef', 'NoteRef'], required: ['guid'], mandatoryChildren: ['CodeRef'] },
  CodeRef: { sequence: [], required: ['targetGUID'] },
  NoteRef: { sequence: [], required: ['targetGUID'] },
  Sets: { sequence: ['Set'], mandatoryChildren: ['Set'] },
  Set: {
    sequence: ['Description', 'MemberCode', 'MemberSource', 'MemberNote'],
    required: ['guid', 'name'],
  },
  MemberSource: { sequence: [], required: ['targetGUID'] },
};

const GUID =
  /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/;
const GUID_ATTRIBUTES = [
  'guid',
  'targetGUID',
  'creatingUser',
  'modifyingUser',
  'creatingUserGUID',
  'modifyingUserGUID',
];
const DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const RGB = /^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/;
const INTEGER = /^[+-]?\d+$/;

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };

export interface QdeElement {
  name: string;
  attributes: Record<string, string>;
  children: QdeElement[];
  text: string;
}

/** project.qde as a tree of elements in document order. */
export function parseQdeTree(xml: string): QdeElement {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    ignoreDeclaration: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    htmlEntities: true, // decodes character references (&#13;) too
  });
  const nodes = (parser.parse(xml) as Ordered[]).map(toElement).filter((e): e is QdeElement => e !== null);
  if (nodes.length !== 1) throw new Error(`expected one root element, found ${nodes.length}`);
  return nodes[0]!;
}

function toElement(node: Ordered): QdeElement | null {
  const name = Object.keys(node).find((key) => key !== ':@');
  if (!name || name === '#text') return null;
  const raw = node[name] as Ordered[];
  const children = raw.map(toElement).filter((e): e is QdeElement => e !== null);
  const text = raw.map((child) => (typeof child['#text'] === 'string' ? child['#text'] : '')).join('');
  return { name, attributes: node[':@'] ?? {}, children, text };
}

export function* walk(element: QdeElement): Generator<QdeElement> {
  yield element;
  for (const child of element.children) yield* walk(child);
}

export function checkQdeStructure(xml: string): string[] {
  const problems: string[] = [];
  let root: QdeElement;
  try {
    root = parseQdeTree(xml);
  } catch (error) {
    return [`unreadable: ${(error as Error).message}`];
  }
  if (root.name !== 'Project') problems.push(`root is <${root.name}>, not <Project>`);
  if (root.attributes.xmlns !== 'urn:QDA-XML:project:1.0')
    problems.push('root namespace is not urn:QDA-XML:project:1.0');

  const guids = new Map<string, string>();
  for (const element of walk(root)) {
    const rule = RULES[element.name];
    if (!rule) {
      problems.push(`<${element.name}> is not part of the checked schema subset`);
      continue;
    }
    checkAttributes(element, rule, problems);
    checkChildren(element, rule, problems);
    const guid = element.attributes.guid;
    if (guid !== undefined) {
      if (guids.has(guid))
        problems.push(`GUID ${guid} is used by <${guids.get(guid)}> and <${element.name}>`);
      guids.set(guid, element.name);
    }
  }
  checkReferences(root, guids, problems);
  return problems;
}

function checkAttributes(element: QdeElement, rule: Rule, problems: string[]): void {
  const where = `<${element.name}${element.attributes.guid ? ` ${element.attributes.guid}` : ''}>`;
  for (const name of rule.required ?? []) {
    if (element.attributes[name] === undefined) problems.push(`${where} lacks required attribute ${name}`);
  }
  for (const [name, value] of Object.entries(element.attributes)) {
    if (GUID_ATTRIBUTES.includes(name) && !GUID.test(value))
      problems.push(`${where} ${name}="${value}" is not a GUID`);
    if (name.endsWith('DateTime') && !DATE_TIME.test(value))
      problems.push(`${where} ${name}="${value}" is not an xsd:dateTime`);
    if (name === 'color' && !RGB.test(value)) problems.push(`${where} color="${value}" is not an RGB colour`);
    if (name === 'isCodable' && !['true', 'false', '1', '0'].includes(value))
      problems.push(`${where} isCodable is not a boolean`);
    if ((name === 'startPosition' || name === 'endPosition') && !INTEGER.test(value))
      problems.push(`${where} ${name} is not an integer`);
  }
  if (
    element.name === 'PlainTextSelection' &&
    Number(element.attributes.endPosition) <= Number(element.attributes.startPosition)
  ) {
    problems.push(`${where} ends before it starts`);
  }
  if (element.name === 'TextSource' || element.name === 'Note') {
    const inline = element.children.some((c) => c.name === 'PlainTextContent');
    const path = element.attributes.plainTextPath !== undefined;
    if (inline === path)
      problems.push(`${where} must have exactly one of PlainTextContent and plainTextPath`);
  }
}

function checkChildren(element: QdeElement, rule: Rule, problems: string[]): void {
  let position = 0;
  for (const child of element.children) {
    const index = rule.sequence.indexOf(child.name);
    if (index === -1) problems.push(`<${child.name}> may not appear inside <${element.name}>`);
    else if (index < position)
      problems.push(`<${child.name}> comes after <${rule.sequence[position]}> inside <${element.name}>`);
    else position = index;
  }
  for (const name of rule.mandatoryChildren ?? []) {
    if (!element.children.some((c) => c.name === name)) problems.push(`<${element.name}> has no <${name}>`);
  }
  if (element.name === 'Coding' && element.children.filter((c) => c.name === 'CodeRef').length !== 1) {
    problems.push('<Coding> must hold exactly one <CodeRef>');
  }
}

function checkReferences(root: QdeElement, guids: Map<string, string>, problems: string[]): void {
  const targetKind: Record<string, string> = {
    CodeRef: 'Code',
    NoteRef: 'Note',
    VariableRef: 'Variable',
    MemberSource: 'TextSource',
  };
  for (const element of walk(root)) {
    const kind = targetKind[element.name];
    if (kind) {
      const target = element.attributes.targetGUID ?? '';
      if (guids.get(target) !== kind)
        problems.push(`<${element.name}> points at ${target}, which is no <${kind}>`);
    }
    for (const name of ['creatingUser', 'modifyingUser', 'creatingUserGUID', 'modifyingUserGUID']) {
      const user = element.attributes[name];
      if (user !== undefined && guids.get(user) !== 'User')
        problems.push(`<${element.name}> ${name} ${user} is no <User>`);
    }
  }
}
