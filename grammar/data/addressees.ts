/**
 * How a notice's addressee line (主送机关) is split into addressees. Commas always
 * separate addressees; an enumeration comma `、` only when the next addressee starts
 * with one of these words — `各县（市、区）人民政府、市直各有关单位` is two addressees,
 * `市人民政府各委、办、局` is one.
 */
export const ADDRESSEE_SEPARATORS = ['，', ',', '；', ';'];
export const ENUMERATION_STARTS = ['各', '市直', '市人民政府', '市政府', '市委', '县'];
