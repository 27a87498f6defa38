// Stable GUIDs for the exported objects: a name-based UUID (RFC 4122 version 5, SHA-1) of the
// project's key, the kind of object and its row id. Exporting the same project twice gives the same
// GUIDs, so a colleague who imports an updated export sees the same codes and documents, not copies.
import { createHash } from 'node:crypto';

// Zhiyan's own namespace UUID (random, fixed forever: changing it changes every exported GUID).
const ZHIYAN_NAMESPACE = Buffer.from('6f1c5e2a9b7d4c3e8a0f1d2b3c4e5f60', 'hex');

export type QdaGuidKind =
  | 'user'
  | 'code'
  | 'source'
  | 'selection'
  | 'coding'
  | 'note'
  | 'variable'
  | 'set'
  // The Web Annotation export's ids (write-web-annotation.ts) come from the same scheme.
  | 'annotation'
  | 'annotation-collection';

export function qdaGuid(projectKey: string, kind: QdaGuidKind, id: string | number): string {
  const hash = createHash('sha1')
    .update(ZHIYAN_NAMESPACE)
    .update(`${projectKey}\u0000${kind}\u0000${id}`, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
