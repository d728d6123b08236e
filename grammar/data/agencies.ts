/**
 * The agency directory (机构名录): canonical names and the short and variant forms printed
 * for them. It serves canonical names only: whether a piece of text is an agency is decided
 * by the shape of the name (`AGENCY_SUFFIXES`, `SCOPE_OPENINGS`, `PROSE_INSIDE_NAMES`), and a
 * name the directory does not know is kept as printed. Also the name-shape rules the clause
 * lexer uses to keep a name whole (`市规划和自然资源局`) and to tell a name from other text.
 *
 * Two parts: the State Council's departments with their standard short forms
 * (`CENTRAL_AGENCIES`, the forms its documents print: `发展改革委`, `人力资源社会保障部`,
 * `海关总署`, `银保监会`), and the bodies the seed (fixtures/seed/input.txt, 吕梁市) names.
 * Conventions for the seed's: municipal bodies of 吕梁市 keep the `市` prefix the gazette
 * prints (`市市场监督管理局`, as in MODEL.md); bodies of higher levels stationed in 吕梁 take
 * their official name. Where the seed never prints a full name and it is not standard
 * across cities, the canonical name is the printed form (marked "as printed").
 * To extend: add a printed form to `variants` of its body, or a new entry.
 */

/** One body: its canonical name and every printed form (the canonical one included). */
export interface AgencyEntry {
  canonical: string;
  variants: readonly string[];
}

const entry = (canonical: string, ...variants: string[]): AgencyEntry => ({ canonical, variants: [canonical, ...variants] });

/**
 * The State Council's departments, bodies and the national organs its documents assign
 * tasks to, with the short forms 国务院 documents print (国发〔2019〕3号, 国发〔2018〕38号,
 * 国办发〔2018〕121号 print `税务总局`, `人力资源社会保障部`, `住房城乡建设部`, `药监局`…),
 * and the earlier names of bodies since merged (a 2004 notice names 安全监管总局).
 */
export const CENTRAL_AGENCIES: readonly AgencyEntry[] = [
  entry('外交部'),
  entry('国防部'),
  entry('国家发展和改革委员会', '发展改革委', '国家发展改革委', '国家发改委'),
  entry('教育部'),
  entry('科学技术部', '科技部'),
  entry('工业和信息化部', '工信部'),
  entry('国家民族事务委员会', '国家民委'),
  entry('公安部'),
  entry('国家安全部'),
  entry('民政部'),
  entry('司法部'),
  entry('财政部'),
  entry('人力资源和社会保障部', '人力资源社会保障部', '人社部'),
  entry('自然资源部'),
  entry('生态环境部'),
  entry('住房和城乡建设部', '住房城乡建设部', '住建部'),
  entry('交通运输部'),
  entry('水利部'),
  entry('农业农村部'),
  entry('商务部'),
  entry('文化和旅游部', '文旅部'),
  entry('国家卫生健康委员会', '卫生健康委', '国家卫生健康委', '国家卫健委'),
  entry('退役军人事务部', '退役军人部'),
  entry('应急管理部', '应急部'),
  entry('中国人民银行', '人民银行'),
  entry('审计署'),
  entry('国务院国有资产监督管理委员会', '国资委', '国务院国资委'),
  entry('海关总署'),
  entry('国家税务总局', '税务总局'),
  entry('国家市场监督管理总局', '市场监管总局'),
  entry('国家广播电视总局', '广电总局'),
  entry('国家体育总局', '体育总局'),
  entry('国家统计局', '统计局'),
  entry('国家国际发展合作署', '国际发展合作署'),
  entry('国家医疗保障局', '医保局', '国家医保局'),
  entry('国家机关事务管理局', '国管局'),
  entry('国务院港澳事务办公室', '港澳办', '国务院港澳办'),
  entry('国务院台湾事务办公室', '国台办'),
  entry('国家互联网信息办公室', '网信办', '国家网信办'),
  entry('国务院新闻办公室', '国新办'),
  entry('国务院研究室'),
  entry('国务院参事室'),
  entry('国务院发展研究中心'),
  entry('中国科学院', '中科院'),
  entry('中国社会科学院', '社科院'),
  entry('中国工程院'),
  entry('中国气象局', '气象局'),
  entry('中国银行保险监督管理委员会', '银保监会'),
  entry('中国证券监督管理委员会', '证监会'),
  entry('中国银行业监督管理委员会', '银监会'),
  entry('中国保险监督管理委员会', '保监会'),
  entry('国家金融监督管理总局', '金融监管总局'),
  entry('国家信访局', '信访局'),
  entry('国家粮食和物资储备局', '粮食和储备局', '国家粮食和储备局'),
  entry('国家能源局', '能源局'),
  entry('国家国防科技工业局', '国防科工局'),
  entry('国家烟草专卖局', '烟草局'),
  entry('国家移民管理局', '移民局'),
  entry('国家林业和草原局', '林草局', '国家林草局'),
  entry('国家铁路局', '铁路局'),
  entry('中国民用航空局', '民航局'),
  entry('国家邮政局', '邮政局'),
  entry('国家文物局', '文物局'),
  entry('国家中医药管理局', '中医药局'),
  entry('国家煤矿安全监察局', '煤矿安监局'),
  entry('国家外汇管理局', '外汇局'),
  entry('国家药品监督管理局', '药监局'),
  entry('国家知识产权局', '知识产权局'),
  entry('国家标准化管理委员会', '标准委'),
  entry('国家认证认可监督管理委员会', '认监委'),
  entry('国家版权局', '版权局'),
  entry('国家宗教事务局', '宗教局'),
  entry('国家海洋局', '海洋局'),
  entry('国家乡村振兴局', '乡村振兴局'),
  entry('国家疾病预防控制局', '疾控局'),
  entry('国家数据局', '数据局'),
  entry('国家安全生产监督管理总局', '安全监管总局'),
  entry('国家质量监督检验检疫总局', '质检总局'),
  entry('国家工商行政管理总局', '工商总局'),
  entry('国家食品药品监督管理总局', '食品药品监管总局'),
  entry('国家卫生和计划生育委员会', '卫生计生委'),
  entry('国家新闻出版广电总局', '新闻出版广电总局'),
  entry('国家旅游局'),
  entry('中国铁路总公司'),
  entry('中国国家铁路集团有限公司', '国铁集团'),
  entry('中华全国总工会', '全国总工会'),
  entry('中国共产主义青年团中央委员会', '共青团中央', '团中央'),
  entry('中华全国妇女联合会', '全国妇联'),
  entry('中国残疾人联合会', '中国残联'),
  entry('中国科学技术协会', '中国科协'),
];

/** Municipal departments and party organs of 吕梁市 named in the seed's clauses. */
export const MUNICIPAL_AGENCIES: readonly AgencyEntry[] = [
  // 64 号 16389 prints the full name; 50 号, 58 号 市发改委; 64 号 市发展改革委 (and 发展改革委 at 16264).
  entry('市发展和改革委员会', '市发改委', '市发展改革委'),
  entry('市教育局'),
  // 64 号 15856 prints the full name; 50 号 498 and 58 号 市科技局.
  entry('市科学技术局', '市科技局'),
  entry('市工业和信息化局', '市工信局'),
  entry('市公安局'),
  // 市公安交警支队 throughout 58 号.
  entry('市公安局交通警察支队', '市公安交警支队'),
  entry('市民政局'),
  entry('市司法局'),
  entry('市财政局'),
  // Full name printed in 59 号 附件2 (14871); 市人社局 in 58 号 and 65 号.
  entry('市人力资源和社会保障局', '市人社局'),
  // Full name in 50 号 (58 …); 58 号 prints 市自然资源局, 64 号 市规自局 (15858, 15937).
  entry('市规划和自然资源局', '市自然资源局', '市规自局'),
  entry('市生态环境局'),
  // Full name printed in 59 号 附件2; 市住建局 throughout.
  entry('市住房和城乡建设局', '市住建局'),
  entry('市城市管理局'),
  // 64 号 16326 prints 市交通运输局; 市交通局 elsewhere.
  entry('市交通运输局', '市交通局'),
  entry('市水利局'),
  entry('市农业农村局'),
  entry('市商务局'),
  // Full name printed in 59 号 附件2; 市文旅局 throughout.
  entry('市文化和旅游局', '市文旅局'),
  // 59 号 附件2 prints 市卫生健康委; 市卫健委 throughout.
  entry('市卫生健康委员会', '市卫健委', '市卫生健康委'),
  // 58 号 附件6 8252 prints 市退役军人局.
  entry('市退役军人事务局', '市退役军人局'),
  // 市应急局: 50 号 577, 64 号 16006, 16141, 16322.
  entry('市应急管理局', '市应急局'),
  entry('市人民政府国有资产监督管理委员会', '市国资委'),
  // 64 号 16389 and 58 号 附件5 5381 print the full name; 市市场监管局 elsewhere.
  entry('市市场监督管理局', '市市场监管局'),
  entry('市体育局'),
  entry('市能源局'),
  // 64 号 16387 and 50 号 286 print the full name; 市行政审批局 (50 号 127, 64 号), 市审批局 (58 号).
  entry('市行政审批服务管理局', '市行政审批局', '市审批局'),
  // 64 号 16391 prints 市大数据应用局, 16417 市大数据局.
  entry('市大数据应用局', '市大数据局'),
  entry('市人民防空办公室', '市人防办'),
  entry('市中小企业服务中心'),
  // 64 号 16286, as printed (the full name is never printed; not to be confused with 市中小企业服务中心).
  entry('市中小企业局'),
  // 64 号 16286 prints 金融办 after 市发展改革委: the list carries 市 (see canonicalNames); as printed.
  entry('市金融办'),
  entry('市房地产管理服务中心'),
  entry('市宗教事务局'),
  entry('市供销合作社', '市供销社'),
  entry('市气象局'),
  entry('市消防救援支队'),
  // 50 号 184: 市法院, 市检察院; 64 号 16082: 市中级人民法院.
  entry('市中级人民法院', '市法院'),
  entry('市人民检察院', '市检察院'),
  entry('市科学技术协会', '市科协'),
  // 50 号: the food-safety committee's office and its members.
  entry('市食品安全委员会办公室', '市食安办'),
  entry('市食品安全委员会成员单位', '市食安委成员单位', '市食安委各成员单位'),
  // 58 号 instrument 1950.
  entry('市安全生产委员会成员单位', '市安委会各成员单位', '市安委会成员单位'),
  // As printed: the seed never spells these offices out (58 号 附件7 9665, 64 号 16207).
  entry('市治超办'),
  entry('市文明办'),
  entry('市委宣传部'),
  entry('市委组织部'),
  entry('市委统战部'),
  entry('市委政法委员会', '市委政法委'),
  entry('市委机构编制委员会办公室', '市委编办'),
  entry('市委网络安全和信息化委员会办公室', '市委网信办'),
  // 65 号 16771.
  entry('共青团吕梁市委', '团市委'),
];

/** Bodies of provincial or national systems stationed in 吕梁, and enterprises. */
export const OTHER_AGENCIES: readonly AgencyEntry[] = [
  // 58 号: 市税务局 (64 号 15854); 税务局 after 市市场监管局、民政局 (64 号 15925).
  entry('国家税务总局吕梁市税务局', '市税务局'),
  // 64 号 15806, 15959, 15935: three printed forms.
  entry('中国人民银行吕梁市中心支行', '人行吕梁中心支行', '人行吕梁市中心支行', '人民银行吕梁市中心支行'),
  // 64 号 16286 吕梁银保监分局; 58 号 instrument 2482 吕梁银保监局.
  entry('中国银行保险监督管理委员会吕梁监管分局', '吕梁银保监分局', '吕梁银保监局'),
  // 58 号 附件4 and elsewhere.
  entry('山西煤矿安全监察局吕梁监察分局', '吕梁煤监分局'),
  entry('山西省公路局吕梁分局', '吕梁公路分局'),
  // 58 号 附件8 prints 吕梁邮政管理局, 附件2 市邮政管理局.
  entry('吕梁市邮政管理局', '吕梁邮政管理局', '市邮政管理局'),
  // 50 号 141 prints the company's name; 58 号 吕梁机场.
  entry('吕梁机场有限责任公司', '吕梁机场'),
  entry('吕梁火车站'),
  entry('交通实业集团吕梁分公司'),
  // 65 号 16763 prints the full name; 58 号 附件10 吕梁市经济开发区.
  entry('吕梁经济技术开发区', '吕梁市经济开发区'),
  // As printed (58 号 instrument 2710).
  entry('山西交控集团吕梁境内高速有关管理单位'),
  // 58 号 附件12 13044: 交城县政府负责落实.
  entry('交城县人民政府', '交城县政府'),
];

/**
 * Collective actors the clauses list like agencies (58 号 README convention): the county
 * governments, "every department", the enterprises… Their canonical name is the form
 * the gazette uses in full (`各县（市、区）人民政府`, 50 号 8).
 */
export const COLLECTIVE_ACTORS: readonly AgencyEntry[] = [
  entry('各县（市、区）党委、政府', '各县市区党委政府'),
  entry('有关县（市、区）党委、政府', '有关县市区党委政府'),
  entry('各县（市、区）人民政府', '各县市区人民政府', '各县市区政府', '各县级人民政府', '县市区人民政府'),
  // 64 号: printed without a separator, one actor (see its list's comments).
  entry('各县（市、区）、各部门', '各县市区各部门', '各部门各县市区'),
  entry('各县（市、区）应急管理局', '各县市区应急管理局'),
  entry('各县（市、区）工信局', '各县市区工信局'),
  entry('各县（市、区）市场监管局', '各县市区市场监管局'),
  // 58 号 附件13 13853 prints 生态环境局 after 各县市区应急管理局: the list carries the level.
  entry('各县（市、区）生态环境局', '各县市区生态环境局'),
  // 58 号 附件3 5270 …, 附件13 13835.
  entry('市、县应急管理局', '市县应急管理局'),
  entry('市、县工信部门'),
  entry('市、县生态环境局'),
  entry('各部门'),
  entry('各有关部门'),
  entry('有关部门'),
  entry('其他有关部门'),
  entry('其他各有关部门'),
  entry('其他有关行业部门'),
  entry('市各有关行政管理部门'),
  entry('市有关单位'),
  entry('相关单位'),
  entry('各行业主管部门'),
  entry('行业主管部门'),
  entry('企业主管部门'),
  // 58 号: three wordings of the same set of departments.
  entry('各负有安全生产监督管理职责的部门', '各负有安全生产监管职责的部门', '各负有安全监管职责的部门'),
  entry('各负有危化品监管职责部门'),
  entry('各级政府安委办'),
  entry('安委会成员单位'),
  entry('各级编办'),
  // 58 号 附件4 5953: 各级编办、人社局、组织部、应急管理局 — 各级 carried to each.
  entry('各级人社局'),
  entry('各级组织部'),
  entry('各级应急管理局'),
  entry('各企业'),
  entry('各化工行业企业'),
  entry('各重点行业领域企业'),
  entry('驻吕中央、省属企业'),
  entry('各化工园区'),
  entry('设有化工园区的开发区'),
  entry('园区'),
  entry('各金融机构'),
  entry('各行业协会商会'),
  entry('承保安全生产责任险的保险公司'),
  entry('电力部门'),
  entry('电信运营商'),
  entry('高速交警'),
];

/** The whole directory. */
export const AGENCIES: readonly AgencyEntry[] = [...CENTRAL_AGENCIES, ...MUNICIPAL_AGENCIES, ...OTHER_AGENCIES, ...COLLECTIVE_ACTORS];

/** Printed forms of the central departments: a list that carries a local level (`市…局、统计局`) never means them. */
export const CENTRAL_NAMES: ReadonlySet<string> = new Set(CENTRAL_AGENCIES.flatMap((a) => a.variants));

/**
 * Generic parties that a clause joins to named agencies with `会同` (`（A会同有关部门负责）`):
 * dropped from the agencies when an agency is named (the corpus convention; alone, they stay).
 */
export const GENERIC_PARTIES: readonly string[] = ['有关部门', '相关部门', '各有关部门', '各相关部门', '其他有关部门', '有关单位', '相关单位', '各有关单位'];

/**
 * Name endings that make a piece of text a complete agency name: a joiner after it
 * separates two agencies (`各县市区党委政府和园区`), and an unlabelled clause is only
 * accepted when every name it lists is in the directory or has one of these endings.
 */
export const AGENCY_SUFFIXES: readonly string[] = [
  // Government bodies: 局 委 办 部 厅 署 院 (法院 检察院) 中心 社 (供销社) 协 (科协) 支队 大队.
  '局', '委', '办', '部', '厅', '署', '院', '中心', '社', '协', '支队', '大队', '所', '站',
  '委员会', '商会', '协会', '联合会',
  // 证监会, 银保监会, 管委会, 总工会; 妇联, 残联; 党校; 办公室, 督查室, 研究室; 指挥部 ends in 部.
  '会', '联', '党校', '室', '小组',
  // Collective actors: 各县市区党委政府, 各部门各县市区, 相关单位, 各金融机构, 各企业;
  // 各街镇, 各乡镇, 各街道 (嘉府办发〔2024〕23号, 青府办发〔2024〕29号).
  '政府', '党委', '部门', '单位', '机构', '县市区', '企业', '园区', '开发区', '街镇', '乡镇', '街道',
  // Companies and services: 吕梁机场, 吕梁火车站 (50 号 141), 支行 (64 号), 高速交警, 电信运营商.
  '公司', '集团', '机场', '行', '交警', '运营商',
];

/**
 * Openings that print an agency's level or scope: `市…`, `各…`, `吕梁…`, `有关…`. A name
 * without one is read as an ellipsis of the level printed on the item before it in the
 * same list (`市市场监管局、民政局、税务局`, 64 号 15925). `市场…` is a word, not `市`.
 */
export const SCOPE_OPENINGS: readonly string[] = [
  '市', '县', '区', '省', '乡', '镇', '各', '吕梁', '山西', '中共', '中国', '国家', '国务院', '全国', '中央', '团', '有关', '相关', '其他', '其它', '驻',
];

/**
 * Characters that end a place name's level: a name opening with a place and its level
 * (`上海市交通委`, `黄浦区…`, `浦东新区…`, `菏泽市…`) prints its scope.
 */
export const PLACE_LEVEL_ENDINGS: readonly string[] = ['省', '市', '县', '区', '州', '盟', '旗', '镇', '乡'];

/**
 * A name that prints no scope and that the directory does not know is an agency only when
 * it is short and holds none of these: words of a sentence, never of an organ's name.
 * `（安全生产工作由市应急管理局牵头负责）` names no agency (由); `（体育总局、北京冬奥组委负责）`
 * and `（…空管委办公室负责）` name two (国办发〔2018〕121号).
 */
export const PROSE_INSIDE_NAMES: readonly string[] = [
  '由', '的', '对', '在', '将', '把', '被', '向', '从', '按', '以', '于', '为', '使', '让', '给', '并', '且', '其', '该', '此', '本', '这', '要', '须', '应当', '可以', '已', '工作', '任务', '进行', '开展', '加强', '推进',
];

/** The longest name without scope (and not in the directory) that can still be an agency's. */
export const MAX_UNSCOPED_NAME = 12;

/**
 * Levels a list prints on its first item and leaves off the next ones (longest first):
 * `市、县生态环境局、应急管理局` (58 号 附件3 5685) is 市、县生态环境局 and 市、县应急管理局.
 */
export const CARRIED_LEVELS: readonly string[] = ['各县（市、区）', '各县市区', '市、县', '市县', '各级', '市'];

/**
 * Words that open a note about something, never an agency name: `（含技工院校)`
 * (58 号 instrument 3384), `（包括主要负责人…)` (附件3 5736), `（以下简称…）`,
 * `（或政府指定的监管部门)` (附件5 5413), `（由…）`, `（除…外）`. An unlabelled clause
 * whose names start so is not a clause even when the names end like agencies.
 */
export const NON_NAME_OPENINGS: readonly string[] = ['含', '不含', '包括', '以下', '或', '由', '除', '即', '如', '对', '在', '向', '按', '其中', '详见', '见'];

/**
 * Modifiers that share the head of the next name when joined by `、`: `市、县应急管理局`
 * (58 号 附件4 6463), `市、县工信部门` (附件3 5441), `驻吕中央、省属企业` (附件2 4139).
 */
export const SHARED_MODIFIERS: readonly string[] = ['驻吕中央', '省', '市', '县', '区', '乡', '镇'];

/** Printed form → canonical name. */
export const CANONICAL_BY_NAME: ReadonlyMap<string, string> = new Map(AGENCIES.flatMap((a) => a.variants.map((v) => [v, a.canonical] as const)));

/**
 * Printed forms by their first two characters (as the number `code0 * 0x10000 + code1`),
 * longest first: the lexer takes the longest known name at a place, and a two-character
 * key leaves it a handful of names to try instead of every name that opens with 市.
 * Every printed form has at least two characters (the clause tests check it).
 */
export const AGENCY_NAMES_BY_OPENING: ReadonlyMap<number, readonly string[]> = (() => {
  const index = new Map<number, string[]>();
  for (const name of [...CANONICAL_BY_NAME.keys()].sort((a, b) => b.length - a.length)) {
    const key = name.charCodeAt(0) * 0x10000 + name.charCodeAt(1);
    const list = index.get(key) ?? [];
    list.push(name);
    index.set(key, list);
  }
  return index;
})();
