// The divisions an article is about, as full standard names (衢州市, 龙游县, 浙江省), most mentioned
// first. Only what the text names is taken; an ambiguous name (朝阳, 鼓楼区) counts only when the
// same text also names the province or city that decides it, because a wrong place is worse for a
// researcher filtering by place than a missing one.

import { gazetteer, isWithin, type Division, type NameMeaning } from './gazetteer';
import { NameMatcher } from './name-matcher';
import { isCutShortByNextChar } from './short-forms';

const MAX_PLACES = 8;
// A place in the title is what the article is about: it outranks a passing mention in the text.
const TITLE_WEIGHT = 3;
const LEVEL_ORDER = { county: 0, city: 1, province: 2 } as const;
const COUNTY_CHAR = '县'.charCodeAt(0);
const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);

let matcher: NameMatcher<NameMeaning> | null = null;

function nameMatcher(): NameMatcher<NameMeaning> {
  matcher ??= new NameMatcher(gazetteer().names);
  return matcher;
}

/**
 * The one division a name means without looking at the rest of the text, or null:
 * - a province's name wins over anything else so named (海南 the province, not 海南州 or 海南区);
 * - a division wins over its own namesakes inside it (铁岭 is 铁岭市, not its 铁岭县);
 * - a prefecture-level city wins over county-level namesakes in other provinces (西安 is 西安市,
 *   not 西安区 of 辽源), except districts of the four municipalities, which are as prominent as
 *   cities (朝阳 may be 朝阳区 of 北京 or 朝阳市 of 辽宁: undecided).
 */
function decide(divisions: Division[], candidates: number[]): number | null {
  if (candidates.length === 1) return candidates[0] ?? null;
  const provinces = candidates.filter((index) => divisions[index]?.level === 'province');
  if (provinces.length === 1) return provinces[0] ?? null;
  const enclosing = candidates.find((outer) =>
    candidates.every((inner) => isWithin(divisions, inner, outer)),
  );
  if (enclosing !== undefined) return enclosing;
  const cities = candidates.filter((index) => divisions[index]?.level === 'city');
  const city = cities[0];
  if (cities.length !== 1 || city === undefined) return null;
  const othersAreMinor = candidates.every((index) => {
    if (index === city || isWithin(divisions, index, city)) return true;
    const division = divisions[index];
    return division !== undefined && !MUNICIPALITIES.has(divisions[division.province]?.name ?? '');
  });
  return othersAreMinor ? city : null;
}

interface Tally {
  weight: number;
  first: number;
}

function count(tallies: Map<number, Tally>, division: number, weight: number, position: number): void {
  const tally = tallies.get(division);
  if (tally) tally.weight += weight;
  else tallies.set(division, { weight, first: position });
}

function ancestorsOf(divisions: Division[], division: number): number[] {
  const chain: number[] = [];
  for (let at = divisions[division]?.parent ?? null; at !== null; at = divisions[at]?.parent ?? null)
    chain.push(at);
  return chain;
}

export function extractPlaces(title: string, cleanText: string): string[] {
  const { divisions } = gazetteer();
  const text = `${title}\n${cleanText}`;
  const titleEnd = title.length;
  const tallies = new Map<number, Tally>();
  const undecided: { candidates: number[]; weight: number; position: number }[] = [];

  nameMatcher().forEachMatch(text, ({ candidates, isFullName }, start, end) => {
    if (candidates.length === 0) return; // a blocking word such as 大理石
    if (isCutShortByNextChar(text.charCodeAt(end - 1) === COUNTY_CHAR, isFullName, text.charAt(end))) return;
    const weight = start < titleEnd ? TITLE_WEIGHT : 1;
    const decided = decide(divisions, candidates);
    // A county's short form, or a two-character full name, runs into neighbouring words too easily
    // (公安 and 中方 are words; 市和县 holds 和县), so, like an ambiguous name, it needs its city or
    // province named in the same text.
    const isLoose = (!isFullName || end - start === 2) && divisions[decided ?? 0]?.level === 'county';
    const needsContext = decided === null || isLoose;
    if (needsContext) undecided.push({ candidates, weight, position: start });
    else count(tallies, decided, weight, start);
  });

  // The context that settles an ambiguous name: every place named unambiguously, and what holds it.
  const context = new Set<number>();
  for (const division of tallies.keys()) {
    context.add(division);
    for (const ancestor of ancestorsOf(divisions, division)) context.add(ancestor);
  }
  for (const { candidates, weight, position } of undecided) {
    const named = candidates.filter((candidate) =>
      ancestorsOf(divisions, candidate).some((a) => context.has(a)),
    );
    const decided = named.length > 0 ? decide(divisions, named) : null;
    if (decided !== null) count(tallies, decided, weight, position);
  }

  // Equally mentioned places are listed the most specific first: 衢州市 before 浙江省.
  const specificity = (division: number) => LEVEL_ORDER[divisions[division]?.level ?? 'province'];
  const mentioned = [...tallies.entries()]
    .sort(([da, a], [db, b]) => b.weight - a.weight || specificity(da) - specificity(db) || a.first - b.first)
    .map(([division]) => division);
  // A county's city and province follow the places named, so 龙游县 also files under 衢州市 and 浙江省.
  const implied = mentioned.flatMap((division) => ancestorsOf(divisions, division));
  const ordered = [...new Set([...mentioned, ...implied])];
  return ordered.slice(0, MAX_PLACES).map((division) => divisions[division]?.name ?? '');
}
