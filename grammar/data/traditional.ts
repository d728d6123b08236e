/**
 * Traditional characters and their simplified forms, for reading clauses printed in
 * traditional characters (東府〔2021〕54號: `(市人力資源社會保障局、市醫保局、市財政局、
 * 市稅務局負責)`). One character for one, so folding keeps every offset: the clause grammar
 * reads the folded text, and names are still cut from the printed one. The characters are
 * those of role words, labels, organ names and their suffixes, and common words around them;
 * a character missing here only leaves a name unknown, never a clause misread.
 */

/** Pairs of characters, traditional then simplified, run together. */
const PAIRS =
  '負负責责擔担牽牵頭头協协單单門门會会廳厅辦办處处機机關关員员醫医稅税財财資资殘残聯联衛卫計计劃划農农業业區区縣县鄉乡鎮镇' +
  '級级務务發发國国監监總总營营場场質质檢检驗验藥药環环態态規规設设築筑與与運运輸输鐵铁郵邮電电網网訊讯訓训練练職职稱称條条' +
  '準准標标導导經经濟济貿贸進进開开議议論论學学術术藝艺體体廣广視视聞闻報报紙纸書书圖图館馆檔档獻献歷历軍军隊队戰战傷伤億亿' +
  '萬万間间階阶層层類类對对應应災灾險险礦矿氣气熱热點点燈灯車车輛辆駕驾駛驶碼码線线從从後后將将這这該该當当產产權权談谈證证' +
  '據据紀纪錄录審审價价費费預预決决幣币銀银錢钱貸贷穩稳崗岗補补貼贴獎奖勵励傳传統统綜综備备護护邊边園园樹树綠绿莊庄廠厂倉仓' +
  '儲储庫库糧粮糾纠紛纷調调緊紧難难幫帮貧贫際际續续購购買买賣卖額额數数歲岁齡龄婦妇兒儿親亲養养長长師师專专幹干黨党團团組组' +
  '織织訟讼訴诉獄狱勞劳動动見见範范則则實实現现達达領领獲获頒颁佈布並并們们個个為为兩两來来時时問问題题過过還还讓让給给說说' +
  '話话請请讀读寫写聽听覺觉鐘钟飛飞輪轮極极積积麥麦蟲虫魚鱼鳥鸟馬马豬猪雞鸡東东陽阳遼辽寧宁龍龙蘇苏閩闽贛赣魯鲁粵粤瓊琼陝陕' +
  '臺台灣湾華华僑侨屬属轄辖號号滿满幾几偉伟偵侦揮挥執执罰罚測测湧涌潤润澤泽濱滨灘滩嶺岭峽峡戶户簽签註注冊册優优節节約约項项' +
  '圍围鑑鉴齊齐溫温濕湿壓压勢势輕轻擊击緩缓衝冲雙双擁拥禮礼儀仪樂乐劇剧遊游覽览採采鋼钢鋁铝銅铜紡纺綿绵療疗診诊觀观雲云霧雾' +
  '風风溝沟壩坝閘闸歸归遞递響响擬拟訂订確确認认識识許许諾诺內内細细徵征違违隸隶誌志樓楼羣群眾众鄰邻創创啟启績绩較较帶带屆届' +
  '揚扬蘭兰殯殡鄧邓劉刘張张陳陈楊杨趙赵黃黄吳吴孫孙鄭郑馮冯蔣蒋韓韩錦锦譽誉貫贯徹彻寶宝穀谷況况滬沪漢汉晉晋綏绥興兴閱阅瀋沈' +
  '鏈链鎖锁鑰钥復复雜杂選选舉举擇择羅罗飯饭麵面餘余勝胜腦脑騰腾貨货賃赁獨独債债銷销飲饮煙烟鹽盐漁渔獵猎獸兽繡绣燒烧製制纖纤' +
  '維维廢废舊旧傭佣懲惩緝缉賭赌騙骗詐诈貪贪汙污賄贿賂赂潔洁轉转頁页適适';

/** Simplified form by the traditional character's code (0 where the character is not traditional). */
const SIMPLIFIED = (() => {
  const table = new Uint16Array(0x10000);
  for (let i = 0; i + 1 < PAIRS.length; i += 2) table[PAIRS.charCodeAt(i)] = PAIRS.charCodeAt(i + 1);
  return table;
})();

/** Does `text` hold a traditional character of the table? */
export function holdsTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (SIMPLIFIED[text.charCodeAt(i)]) return true;
  return false;
}

/** `text` with its traditional characters in simplified form (same length, same offsets). */
export function foldTraditional(text: string): string {
  if (!holdsTraditional(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += SIMPLIFIED[code] ? String.fromCharCode(SIMPLIFIED[code]!) : text[i];
  }
  return out;
}
