/**
 * How a notice's addressee line (主送机关) is split into addressees. Commas always
 * separate addressees; an enumeration comma `、` only when the next addressee starts
 * with one of these words — `各县（市、区）人民政府、市直各有关单位` is two addressees,
 * `市人民政府各委、办、局` is one.
 */
export const ADDRESSEE_SEPARATORS = ['，', ',', '；', ';'];
export const ENUMERATION_STARTS = ['各', '市直', '市人民政府', '市政府', '市委', '县'];

/**
 * How an addressee line (主送机关) is recognised under a title or document number: it ends
 * with a colon, and its names end like organs (`…人民政府`, `…单位`, `教育部`, `…管委会`) or
 * open with `各` / `有关` / `相关`. Besides the organ endings of `issuers.ts`, these endings of
 * collective addressees.
 */
export const ADDRESSEE_ENDINGS = ['单位', '部门', '机构', '企业', '院校', '学校', '街道', '乡镇', '村', '居', '委', '办', '局', '团'];

/** Openings of a collective addressee: `各省、自治区…`, `有关单位`. */
export const ADDRESSEE_OPENINGS = ['各', '有关', '相关', '机关', '市属', '区属', '县属', '驻'];

/** An addressee line is one line of names: longer text ending in a colon is a sentence. */
export const ADDRESSEE_MAX_LENGTH = 200;
