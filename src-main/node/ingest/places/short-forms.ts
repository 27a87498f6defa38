// The names a text uses for a division besides its full standard name: 衢州 for 衢州市, 龙游 for
// 龙游县, 恩施 and 恩施州 for 恩施土家族苗族自治州. A short form is only worth having when a reader
// would take it for the place; every rule below exists to keep that promise.

export type DivisionLevel = 'province' | 'city' | 'county';

// Ethnic groups as they appear in the names of autonomous divisions, stripped from the end of a name
// after its 自治区/州/县/旗 suffix (恩施土家族苗族 -> 恩施). Some names drop the 族 (伊犁哈萨克).
const ETHNIC_GROUPS = [
  '满族 蒙古族 回族 达斡尔族 鄂伦春 鄂温克族 朝鲜族 畲族 土家族 苗族 瑶族 侗族 壮族 各族 仫佬族 毛南族',
  '黎族 羌族 彝族 藏族 仡佬族 布依族 水族 傣族 哈尼族 纳西族 拉祜族 佤族 布朗族 白族 景颇族 傈僳族',
  '独龙族 怒族 普米族 裕固族 哈萨克族 东乡族 保安族 撒拉族 土族 维吾尔 哈萨克 蒙古 柯尔克孜 塔吉克 锡伯',
]
  .join(' ')
  .split(' ')
  .sort((a, b) => b.length - a.length);

/**
 * Short forms that are, in news and policy prose, mostly an ordinary word, a sea, a river, a
 * person or an institution rather than the division (合作市 -> 合作 "cooperation", 新兴县 -> 新兴
 * "emerging", 南海区 -> 南海 "the South China Sea", 中山市 -> 中山 "Sun Yat-sen / 中山路"). The rule
 * for adding one: the two characters occur more often as something else than as the place. The full
 * name (合作市, 新兴县) is still recognised.
 */
const ORDINARY_WORDS = new Set(
  [
    // Words of ordinary prose
    '和平 新城 城关 市中 城中 城东 城西 城南 城北 平安 东方 新华 红旗 光明 前进 向阳 东风 站前 新市 中原',
    '青山 金山 长寿 大方 合作 共和 新兴 安宁 平和 和顺 安定 康乐 乐业 高明 互助 通道 大通 沿河 江城 河口',
    '大厂 三江 滨海 海港 永和 太平 新民 双桥 长安 榆树 白云 清河 永定 铁山 城厢 解放 胜利 建华 红山 兴安',
    '公安 资源 会同 延长 港口 新建 中方 路桥 振兴 平原 友好 复兴 民权 江海 工农 运河 富裕 临河 双城 方正',
    '石棉 兴国 来宾 松山 上城 白银 日照 南部 天山 惠民 同心 安居 江南 古城 富民 友谊 比如 同仁 河西 牡丹',
    '华龙 凤凰 马关 古塔 清水 盘山 天河 惠农 灯塔 商城 尼玛 蒙山 万年 江口 台前 上街 朝天 滨江 安康 天等',
    '爱民 天涯 全州 洞口 宏伟 兴业 同德 老城 大新 天全 大安 金安 定安 定海 迁安 资中 新和 会理 高密 通许',
    '康保 建水 合水 大城 同安 得荣 大关 平利',
    // Seas, lakes, mountains and people the name is shared with
    '南海 东海 太湖 中山 阿里 泰山',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Longer words that contain a short form without naming the place (大理石 is marble, 新华社 a news
 * agency). They are matched like names and then ignored, so 大理 inside 大理石 is never counted.
 */
export const BLOCKING_WORDS = [
  '大理石 孙中山 新华社 太平洋 长安街 长白山 澜沧江 南海区域 江山如画 北海道 黄河源',
  // Chinese is written without spaces, so a name can start on the second character of a common
  // word: 人民和政府 holds 民和 and 和政, 提高安全 holds 高安. Matching the word first (leftmost,
  // longest) takes those characters out of reach; the list holds the words our test corpora showed.
  '人民 行政 社会 投资 规定 决定 确定 稳定 一定 提高 重大 创新 金融 资金 推广 交通 流通 符合 健康 获得',
  '送达 到达 弘扬 宣扬 搬迁 公平 修建 共同 关怀 以上 以下 沿海 相应 相关 普通 沟通 江河 扩大 复杂 创建',
  '繁荣 幸福 复兴 今天 每天 明天 昨天 当天 长江源 金沙江 吉隆坡 乌兰巴托',
  // Leaders and foreign names that contain a place name
  '张德江 李长春 王岐山 奥巴马 半壁江山 江山多娇',
]
  .join(' ')
  .split(' ');

const ADMINISTRATIVE_SUFFIX = /(?:市|地区|盟|省|林区|特区|新区|区|县)$/;
// Units listed at the county level of the dataset that are not counties: towns of cities without
// counties (东莞, 中山, 儋州), development zones, management bodies. Only their full names count.
const FULL_NAME_ONLY =
  /(?:镇|乡|街道|开发区|园区|示范区|管委会|委员会|管理区|群岛|学院|生态园|港|湖|新城|旗|海域)$/;

function stripEthnicGroups(name: string): string {
  let rest = name;
  for (;;) {
    const group = ETHNIC_GROUPS.find((candidate) => rest.endsWith(candidate));
    if (!group) return rest;
    rest = rest.slice(0, -group.length);
  }
}

/** The short forms worth matching for a division's full name (never the full name itself). */
export function shortFormsOf(fullName: string, level: DivisionLevel): string[] {
  if (FULL_NAME_ONLY.test(fullName)) return [];
  const forms: string[] = [];
  const autonomous = /^(.+?)自治(区|州|县|旗)$/.exec(fullName);
  if (autonomous) {
    const base = stripEthnicGroups(autonomous[1] ?? '');
    forms.push(base);
    // Autonomous prefectures go by 州 as often as not: 恩施州, 延边州, 海南州.
    if (autonomous[2] === '州' && base.length >= 2) forms.push(`${base}州`);
  } else if (ADMINISTRATIVE_SUFFIX.test(fullName)) {
    forms.push(fullName.replace(ADMINISTRATIVE_SUFFIX, ''));
  }
  // Province short forms are the way provinces are written in running text (浙江, 广西); a province
  // keeps its short form even where it is also an ordinary word.
  return forms.filter(
    (form) => form.length >= 2 && form !== fullName && (level === 'province' || !ORDINARY_WORDS.has(form)),
  );
}

/**
 * Full names that are themselves ordinary words (城区, 郊区, 矿区 of several cities; 东区, 西区) or
 * placeholders of the dataset (市辖区, 县): never matched.
 */
export function isMatchableFullName(fullName: string): boolean {
  if (fullName.length < 2) return false;
  if (
    /^(?:城区|郊区|矿区|东区|西区|老城区|新城区|古城区|市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(
      fullName,
    )
  )
    return false;
  return true;
}

/**
 * 县级 and 县域 mean "county-level" and "county area", so a county name running into them is cut
 * short: "部门会同县级政府" is not 会同县. (Two-character full names such as 和县 and 高县 need their
 * city or province named anyway: see extract-places.ts.)
 */
export function isCutShortByNextChar(endsWithCounty: boolean, isFullName: boolean, next: string): boolean {
  if (isFullName) return endsWithCounty && (next === '级' || next === '域');
  // 中山路, 延安街, 解放巷: a street named after a place is not that place.
  return next === '路' || next === '街' || next === '巷' || next === '弄';
}
