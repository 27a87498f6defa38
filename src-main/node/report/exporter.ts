// One export format's writer: its descriptor from the common registry (id, extension, what it
// accepts) plus `write(input, out)`. Writers are pure: they turn the input into bytes (or, for PDF,
// into the HTML the host prints) and hand that to `out`; they never touch the disk themselves.
import {
  exportFormatInfo,
  type ExportFormat,
  type ExportFormatInfo,
  type ExportInputOf,
} from '../../common/model/export-formats';
import type { QdaProject } from '../../common/model/refi-qda';
import type { ExportOutput } from '../services/export-file';
import type { ReportModel } from './report-model';

/** What each kind of input is, as the writers take it (export-inputs.ts builds them). */
export interface ExportInputs {
  report: ReportModel;
  project: QdaProject;
  codebook: Pick<QdaProject, 'key' | 'origin' | 'codes'>;
}

export interface Exporter<F extends ExportFormat = ExportFormat> extends ExportFormatInfo {
  id: F;
  write(input: ExportInputs[ExportInputOf<F>], out: ExportOutput): Promise<void>;
}

/** The exporter of `format`: the registry's descriptor with this writer. */
export function defineExporter<F extends ExportFormat>(format: F, write: Exporter<F>['write']): Exporter<F> {
  return { ...exportFormatInfo(format), id: format, write };
}
