import { ProjectStore } from '../../src-main/node/db/project-store';
import { sqlPostings, termPostings } from '../../src-main/node/search/postings-reader';
async function main() {
  const store = await ProjectStore.open(process.env.PROJECT!, { idleSnapshotMs: 0 });
  const tokens = store.read((q) => q.all<{ token: string }>("SELECT token FROM search_postings GROUP BY token ORDER BY sum(length(docs)) DESC LIMIT 40"));
  const lists = store.read((q) => tokens.map(({ token }) => sqlPostings.docLists(q, token)));
  const source = { docLists: (_q: unknown, t: string) => lists[tokens.findIndex((x) => x.token === t)]!, offsetLists: () => [] };
  let entries = 0;
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    entries = 0;
    for (let k = 0; k < 20; k++) for (const { token } of tokens) entries += store.read((q) => termPostings(q, token, source as never)).docs.length;
    console.log(((performance.now() - t) * 1e6 / entries).toFixed(1), 'ns/entry', entries / 20);
  }
  store.close();
}
void main();
