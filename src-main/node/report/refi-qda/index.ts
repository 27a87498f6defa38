// The REFI-QDA exchange (project .qdpx, codebook .qdc) as the report handlers call it.
export { collectQdaCodebook, collectQdaProject, type CollectQdaOptions } from './collect-qda-project';
export type { QdaCode, QdaCodeTreeNode, QdaProject } from '../../../common/model/refi-qda';
export { writeQdc } from './write-qdc';
export { writeQdpx } from './write-qdpx';
