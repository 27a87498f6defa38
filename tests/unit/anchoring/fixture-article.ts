// A small Chinese policy article (mixed with Latin and numbers) and helpers for the anchoring tests:
// paragraphs are joined by "\n", as in stored clean text.
import { describeRange, type Selectors } from '../../../src-main/common/anchoring';

export const PARAGRAPHS = [
  '衢州市推进新能源产业集群建设',
  '2023年，衢州市新能源产业实现产值1200亿元，同比增长35.6%。华友钴业、鹏辉能源等龙头企业加快布局。',
  '与此同时，先导集成电路的2个基地东港片区项目已投产；鹏辉能源的二期年产36GWh储能电池生产项目其中6GWh已投产。',
  '衢州以产业链、创新链、人才链、资金链、服务链“五链”融合为龙头抓手，新能源产业发展路径越来越清晰。',
  '下一步，衢州将围绕锂电新材料、UTG超薄玻璃等方向，持续招引百亿级项目，打造新能源产业高地。',
];

export const ARTICLE = PARAGRAPHS.join('\n');

/** The selectors of the `nth` (0-based) occurrence of `passage` in `text`. */
export function selectorsOf(text: string, passage: string, nth = 0): Selectors {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(passage, at + 1);
    if (at === -1) throw new Error(`fixture: occurrence ${nth} of ${passage} not found`);
  }
  return describeRange(text, at, at + passage.length);
}

/** The start of the `nth` occurrence of `passage`, for expected positions. */
export function offsetOf(text: string, passage: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(passage, at + 1);
  return at;
}
