// A .qdpx file: a zip holding project.qde and, in sources/, the plain text of every source as UTF-8
// (REFI-QDA project exchange). Nothing here touches the disk: the caller writes the bytes.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { defineExporter } from '../exporter';
import type { QdaProject } from '../../../common/model/refi-qda';
import { writeProjectQde } from './write-project-qde';

export function writeQdpx(project: QdaProject): Uint8Array {
  const { xml, sourceFiles } = writeProjectQde(project);
  // Entries carry the export time, so the same project exported twice differs only there.
  const mtime = Number.isNaN(Date.parse(project.exportedAt)) ? new Date() : new Date(project.exportedAt);
  const sources: Zippable = {};
  for (const file of sourceFiles) sources[file.fileName] = strToU8(file.text);
  return zipSync({ 'project.qde': strToU8(xml), sources }, { level: 6, mtime });
}

export const qdpxExporter = defineExporter('qdpx', (project, out) => out.file(writeQdpx(project)));
