// Memos are Markdown written by the user, but they may hold text pasted from imported pages, which
// is the attack path of note apps. So: markdown-it with raw HTML off (`html: false` escapes it), and
// nothing that reaches out: links become inert spans (the address in a title attribute, nowhere
// to navigate to), images become their alt text (nothing is loaded). The output is then safe for
// v-html; the strict CSP would block inline scripts anyway.
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: false, linkify: false, breaks: true, typographer: false });
const { escapeHtml } = markdown.utils;

markdown.renderer.rules.link_open = (tokens, index) => {
  const href = String(tokens[index]?.attrGet('href') ?? '');
  return `<span class="md-link" title="${escapeHtml(href)}">`;
};
markdown.renderer.rules.link_close = () => '</span>';
markdown.renderer.rules.image = (tokens, index) => {
  const token = tokens[index];
  const alt = token ? markdown.renderer.renderInlineAsText(token.children ?? [], markdown.options, {}) : '';
  return `<span class="md-image">[${escapeHtml(alt || 'image')}]</span>`;
};
// Autolinks (<https://...>) pass through link_open too; nothing else emits an href or a src.

/** Memo Markdown as HTML with no raw markup, no links to follow and no images to load. */
export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
