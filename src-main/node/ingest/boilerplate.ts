// Page furniture recognised line by line. Each rule is a named pattern so the benchmark can report
// which rule removed what; a line is only judged on its own, never on guesses about the site.

export type LineRole = 'noise' | 'metadata' | 'tail' | 'text';

// Words of page buttons, each a whole button: a line made only of them is furniture.
const BUTTON_WORDS =
  '打印本页|打印|关闭窗口|关闭|纠错|收藏|分享|返回顶部|播报文章|语音播报|举报|反馈|字号\\s*[:：]?\\s*大\\s*中\\s*小|字体\\s*[:：]?\\s*大\\s*中\\s*小';

/** The labels of a government information-disclosure header (政府信息公开). */
export const DISCLOSURE_LABELS =
  '索引号|发布机构|发文机关|成文日期|发布日期|文号|发文字号|主题分类|公开方式|公开范围|有效性|信息分类|生效日期|废止日期|体裁分类|组配分类';

/** A document number: issuer's short form, year in brackets, number: "衢政办发〔2023〕9号". */
export const DOC_NUMBER =
  /[\u4e00-\u9fa5]{1,12}\s*[〔［[【（(]\s*(?:19|20)\d{2}\s*[〕］\]】）)]\s*第?\s*\d{1,5}\s*号/;

// A full date as bylines write it: 2024-05-13, 2024.05.20, 2019/07/15, 2024年01月25日.
const FULL_DATE = '\\d{4}\\s*[-./年]\\s*\\d{1,2}\\s*[-./月]\\s*\\d{1,2}\\s*日?';

interface Rule {
  name: string;
  pattern: RegExp;
}

// Lines that are never article text, wherever they appear.
const NOISE_RULES: Rule[] = [
  {
    name: 'http-error',
    pattern:
      /^\d{3}\s+(Not Found|Forbidden|Bad Gateway|Bad Request|Service Unavailable|Internal Server Error|Gateway Time-?out)$/i,
  },
  {
    name: 'server-signature',
    pattern: /^(nginx|apache|openresty|tengine|microsoft-iis|[A-Z][A-Za-z]{1,10})\/\d+(\.\d+)*(\s*\(.*\))?$/i,
  },
  { name: 'weather', pattern: /^.{0,12}(晴|阴|云|雨|雪|雾|霾).{0,8}-?\d+\s*[~～-]\s*-?\d+\s*(℃|°C).{0,8}$/ },
  { name: 'language-switch', pattern: /^(中文|简体|简体中文|繁體|繁体)\s*[|｜/]\s*(EN|English|ENGLISH)$/ },
  { name: 'breadcrumb', pattern: /^(您当前的位置|您现在的位置|当前位置|您的位置|你的位置|所在位置)\s*[:：]/ },
  { name: 'breadcrumb-arrows', pattern: /^[^。，,]{0,12}(\s*[>＞»›]\s*[^。，,>]{1,12}){2,}$/ },
  { name: 'nav-bar', pattern: /^[^。，,|｜]{1,10}(\s*[|｜]\s*[^。，,|｜]{1,10}){2,}$/ },
  {
    name: 'search-box',
    pattern:
      /^(关键词|关键字|搜索|检索|范围|高级搜索|站内搜索)(\s+(关键词|关键字|搜索|检索|范围|高级搜索))*$/,
  },
  { name: 'image-file-name', pattern: /^[\w.~-]+\.(png|jpe?g|gif|webp|bmp|svg)$/i },
  { name: 'menu-bullet', pattern: /^[•·]\s*\S.{0,38}$/ },
  // Lines made of page buttons only: "【打印本页】【关闭窗口】", "播报文章", "举报/反馈", "【纠错】".
  {
    name: 'button-row',
    pattern: new RegExp(`^(\\s*[【\\[]?\\s*(${BUTTON_WORDS})\\s*[】\\]]?\\s*[|｜/]?)+$`),
  },
  // "扫一扫在手机打开当前页", "用手机扫描二维码分享": the page's QR code.
  { name: 'qr-code', pattern: /^(扫一扫|扫描二维码|用手机扫描|手机扫一扫|微信扫一扫).{0,16}$/ },
  // WeChat's prompts above an article: "点击上方蓝字关注我们", "关注我们，获取更多出行资讯".
  {
    name: 'follow-prompt',
    pattern: /^(点击|戳)?.{0,4}(上方|上面|顶部|标题下).{0,6}(蓝字|关注).{0,12}$|^关注我们.{0,16}$/,
  },
  {
    name: 'page-tools',
    pattern:
      /^[【[]?\s*(字体|字号)\s*[:：]?\s*[【[]?\s*大\s*[】\]]?\s*[【[]?\s*中|^(打印本页|关闭窗口|打印|关闭|返回顶部|分享到\s*[:：]?|我要注册|我要评论|登录|注册)(\s*[|｜]?\s*(打印本页|关闭窗口|打印|关闭|返回顶部))*$/,
  },
];

// Lines that describe the article rather than belong to it: kept aside for metadata.
const METADATA_RULES: Rule[] = [
  {
    name: 'labelled-fields',
    pattern:
      /(发布时间|发布日期|发表时间|时间|日期|来源|文章来源|信息来源|作者|發布時間|發佈時間|發布日期|發佈日期|時間|來源|发布者|编辑|责任编辑|点击率|点击数|浏览次数|阅读次数|类别|栏目)\s*[:：]/,
  },
  // Government information-disclosure headers: "索引号：…  发布机构：…", or a label alone on its
  // line with the value on the next (a table copied out cell by cell).
  // Table cells copied out without colons read "索引号 0026…/2023-11111 发布机构 龙游县…".
  { name: 'disclosure-fields', pattern: new RegExp(`^(${DISCLOSURE_LABELS})(\\s*[:：]|\\s+\\S|$)`) },
  // A document number on its own line under a title: "衢政办发〔2023〕9号".
  { name: 'doc-number', pattern: new RegExp(`^${DOC_NUMBER.source}$`) },
  // Bylines that carry the date: "2024-05-13 06:16发布于北京", "原创 张晓 衢州发布 2024-05-20 18:30
  // 发表于浙江", "2019/07/15 14:22 中央社記者…", "衢州交通 2024-05-21": a date opening the line,
  // a date with a time, or a short name before a date that ends the line.
  {
    name: 'dated-byline',
    pattern: new RegExp(
      `^${FULL_DATE}|${FULL_DATE}\\s*\\d{1,2}[:：]\\d{2}|^[^。，,；;]{1,30}\\s${FULL_DATE}$`,
    ),
  },
  { name: 'reprinted-from', pattern: /^(本文转自|转自|原标题)\s*[:：]/ },
  { name: 'bare-date', pattern: /^\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?(\s+\d{1,2}:\d{2}(:\d{2})?)?$/ },
];

// Lines where the article is over: what follows is comments, link lists or the crawler's notes.
const TAIL_RULES: Rule[] = [
  // Traditional-Chinese link boxes (Taiwan, Hong Kong).
  {
    name: 'related-traditional',
    pattern:
      /^(延伸閱讀|相關新聞|相關閱讀|相關報導|相關文章|推薦閱讀|熱門新聞|更多新聞|看更多|你可能也想看)\s*[:：]?$/,
  },
  // WeChat's counters and buttons under an article: "阅读 1.2万", "分享 收藏 点赞 在看".
  {
    name: 'wechat-tail',
    pattern:
      /^阅读\s*[\d.]+\s*(万|w|W)?\+?$|^阅读原文$|^(分享|收藏|点赞|在看|赞|转发)(\s+(分享|收藏|点赞|在看|赞|转发))+$|^预览时标签不可点|^喜欢此内容的人还喜欢|^继续滑动看下一个|^轻触阅读原文/,
  },
  // A source line after the text ("来源：衢州日报"): read as metadata, never text.
  { name: 'footer-source', pattern: /^(来源|來源|稿件来源|文章来源|内容来源|信息来源)\s*[:：]/ },
  { name: 'copy-or-comment', pattern: /^\[\s*(复制本文标题地址|发表评论|打印本页|关闭窗口)\s*\]/ },
  {
    name: 'comment-policy',
    pattern: /^请您?文明上网|^网友评论|^我要评论|^发表评论|^评论\s*[（(]?\d*[)）]?$/,
  },
  {
    name: 'related',
    pattern:
      /^(相关链接|相关新闻|相关阅读|相关文章|相关报道|相关推荐|延伸阅读|推荐阅读|往期推荐|往期回顾|精彩回顾|近期热文|热文推荐|热点推荐|热门推荐|精彩推荐|精彩组图|猜你喜欢|热门文章|更多关于.{0,10}的资讯|延伸\s*[·・]\s*推荐|点击进入专题)\s*[:：]?$/,
  },
  // Portals' closing notices (seen on saved pages of 澎湃, 证券时报, 长江日报 and others).
  { name: 'site-notice', pattern: /^(特别声明|版权声明|原创声明)\s*[:：]?|^分享(到)?\s*[:：]?$/ },
  {
    name: 'crawler-disclaimer',
    pattern:
      /^以上内容为资讯信息快照|^免责声明\s*[:：]|爬虫进行采集|^快照生成时间|^本站信息快照|^信息原文地址/,
  },
  {
    name: 'editor',
    pattern: /^(【纠错】\s*)?[【[（(]?\s*(责任编辑|責任編輯|责编|编辑|編輯|审核|審核|校对|校對)\s*[:：]/,
  },
  { name: 'copyright', pattern: /^(版权所有|Copyright|©|未经授权|本网站所刊登)/i },
  { name: 'prev-next', pattern: /^(上一篇|下一篇)\s*[:：]/ },
];

function firstMatch(rules: Rule[], line: string): Rule | undefined {
  return rules.find((rule) => rule.pattern.test(line));
}

/** The name of the noise rule a line matches, if any: for the benchmark and for debugging. */
export function noiseRuleOf(line: string): string | null {
  return firstMatch(NOISE_RULES, line)?.name ?? null;
}

/**
 * What a line is. `inHeader` is true before the article body starts: metadata is only recognised
 * there (prose can say "时间：" too), while tail markers only count after the body started.
 */
export function classifyLine(line: string, inHeader: boolean): LineRole {
  if (firstMatch(NOISE_RULES, line)) return 'noise';
  if (inHeader) {
    // Metadata lines are short; a long line with a colon is prose.
    if (line.length <= 120 && !/[。！？]$/.test(line) && firstMatch(METADATA_RULES, line)) return 'metadata';
    return 'text';
  }
  // Link boxes often come with their own heading ("## 相关推荐"): judge the heading's text.
  if (firstMatch(TAIL_RULES, line.replace(/^#{1,6}\s+/, ''))) return 'tail';
  return 'text';
}

/** Photo credits under pictures: "……全景俯瞰图。陈悦 摄", "衢州市营商办供图". */
export function isPhotoCaption(line: string): boolean {
  return line.length <= 100 && /(\s摄|摄影|供图|图片来源[:：].*|资料图|[（(]图[)）]|\s图)$/.test(line);
}

/** "3月20日，游客在……拍照。新华社记者 徐昱 摄": a caption that tells something, then its credit. */
export function isStoryCaption(line: string): boolean {
  return isPhotoCaption(line) && /[。！？]/.test(line) && /[，,]/.test(line);
}
