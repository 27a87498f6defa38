// Anchoring: a highlight is stored with two W3C Web Annotation selectors (position and quote) so it
// can be found again when the article's text changes. Pure functions over plain text; offsets are
// UTF-16 code units into the article's clean text.
export { describeRange, CONTEXT_LENGTH, type Selectors } from './describe';
export { anchorSelectors } from './anchor-selectors';
