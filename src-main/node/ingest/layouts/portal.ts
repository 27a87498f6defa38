// A news portal's page saved as text: breadcrumbs ("您当前的位置"), a bar of channel names, a
// "XX网09月18日讯" dateline opening the story (cut off and read as metadata), an error page's
// status line now and then.

import type { PageLayout } from '../ingest-types';
import { hasAny, readTextLines, searchBody } from './text-lines';

const PORTAL_SIGNS = [
  /^\s*\d{3} (Not Found|Forbidden|Bad Gateway|Service Unavailable)\s*$/m,
  /您当前的位置|当前位置\s*[:：]/,
  /^\s*\S{1,6}(\s*[|｜]\s*\S{1,8}){4,}\s*$/m,
  /^\s*\S{2,8}\d{2}月\d{2}日讯/m,
];

export function hasPortalSigns(head: string): boolean {
  return hasAny(head, PORTAL_SIGNS);
}

export const portal: PageLayout = {
  id: 'portal',
  detect: ({ head }) => hasPortalSigns(head),
  read: readTextLines,
  extract: searchBody({
    joinBrokenParagraphs: false,
    titleIsFirstHeading: false,
    captions: 'short',
    dateline: 'cut',
  }),
};
