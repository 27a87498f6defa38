// The report and exchange-format methods of the contract.
// SCAFFOLD: filled in by the export work (issue 6).
import type { ZhiyanHandlers } from '../../common/api/contract';
import { ApiFailure } from '../../common/api/errors';
import type { EngineContext } from '../services/engine-context';

export const REPORT_METHODS = ['previewReport', 'exportReport', 'importCodebook'] as const;

export type ReportHandlers = Pick<ZhiyanHandlers, (typeof REPORT_METHODS)[number]>;

export function reportHandlers(context: EngineContext): ReportHandlers {
  void context;
  const notBuilt = (method: string) => async (): Promise<never> => {
    throw new ApiFailure('INTERNAL_ERROR', `${method} is not built yet.`);
  };
  return Object.fromEntries(REPORT_METHODS.map((method) => [method, notBuilt(method)])) as unknown as ReportHandlers;
}
