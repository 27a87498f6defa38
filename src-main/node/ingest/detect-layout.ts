// Which kind of page a file is: the id of the first layout in the registry (layouts/registry.ts)
// that claims it. The layout decides how the text is read and which clean-up rules apply, and it
// is stored so a researcher can filter by it.

import { layoutOf } from './layouts/registry';

export function detectLayout(text: string, filePath: string): string {
  return layoutOf(text, filePath).id;
}
