// A minimal XML tree for the writers: elements are built in the order the schema's sequences demand
// and rendered with escaping in one place, so no writer concatenates markup by hand.
import { escapeXmlAttribute, escapeXmlText } from '../escape';

export type XmlAttributeValue = string | number | boolean | null | undefined;

export interface XmlElement {
  name: string;
  /** In the order written; null/undefined values are left out. */
  attributes: Array<[string, XmlAttributeValue]>;
  children: XmlElement[];
  /** Text content (an element has text or children, never both, in the REFI-QDA subset we write). */
  text?: string;
}

type Child = XmlElement | null | undefined | false;

/** An element; falsy children are skipped, so optional parts read as `cond && element(...)`. */
export function element(
  name: string,
  attributes: Record<string, XmlAttributeValue> = {},
  children: Child[] = [],
): XmlElement {
  return {
    name,
    attributes: Object.entries(attributes),
    children: children.filter((child): child is XmlElement => Boolean(child)),
  };
}

export function textElement(name: string, text: string, attributes: Record<string, XmlAttributeValue> = {}) {
  return { ...element(name, attributes), text };
}

/** The document: declaration plus the root, indented by two spaces (text content is never indented). */
export function renderXmlDocument(root: XmlElement): string {
  const lines: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  render(root, 0, lines);
  return `${lines.join('\n')}\n`;
}

function render(node: XmlElement, depth: number, lines: string[]): void {
  const pad = '  '.repeat(depth);
  const attributes = node.attributes
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXmlAttribute(String(value))}"`)
    .join('');
  if (node.text !== undefined) {
    lines.push(`${pad}<${node.name}${attributes}>${escapeXmlText(node.text)}</${node.name}>`);
  } else if (node.children.length === 0) {
    lines.push(`${pad}<${node.name}${attributes}/>`);
  } else {
    lines.push(`${pad}<${node.name}${attributes}>`);
    for (const child of node.children) render(child, depth + 1, lines);
    lines.push(`${pad}</${node.name}>`);
  }
}
