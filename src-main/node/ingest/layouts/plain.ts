// Any text the other layouts do not claim: the body is searched for by the general rules, and a
// dateline opening it is read (the page's own story) but left in the text. Last in the registry.

import type { PageLayout } from '../ingest-types';
import { readTextLines, searchBody } from './text-lines';

export const plain: PageLayout = {
  id: 'plain',
  detect: () => true,
  read: readTextLines,
  extract: searchBody({
    joinBrokenParagraphs: false,
    titleIsFirstHeading: false,
    captions: 'short',
    dateline: 'read',
  }),
};
