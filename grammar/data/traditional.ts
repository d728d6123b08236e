/**
 * Traditional characters folded to their simplified forms, one character for one, so that
 * the shape rules (genre words, organ suffixes, 关于, 号) read a notice printed or converted
 * to traditional characters (`東府〔2021〕54號`, `東莞市人民政府關于…的實施意見`) as they read
 * simplified text. Folding never changes a string's length, so positions stay exact, and it
 * is only used to test shapes: every output keeps the characters as printed.
 *
 * The table holds the characters common in official documents; extend both strings in the
 * same order (the test checks they are the same length and hold no simplified character on
 * the left).
 */

/** Traditional characters, each at the same index as its simplified form in `SIMPLIFIED`. */
export const TRADITIONAL =
  '關於見會廳辦單處門縣區鎮機構屬號實規劃據發頒條決報請復議導細則員衛體務廣東國綜題責負總協貫徹穩擴業進儘為範圍強標準補貼資' +
  '產權稅費險養醫療職殘舉層態優聯繳繼續調統籌納級緩經濟開設計點當對將與從應該這個們麼樣後時間現歲數廠礦電災環監園種農漁鄉組' +
  '織領幹軍黨團婦僑臺灣兩華億萬額幣價購銷貨運輸鐵碼證書簽節項類別階際陸離雖難遠達過還選遷邊適遞歸線網絡視聽讀學習藝術飲館藥' +
  '測試驗檢認許諾評獎懲罰違紀錄檔簡專賬戶銀貸擔債財預審彙匯週內並併爭創勢質崗傷緊張擊戰確識誤護雙雜雞魚鳥龍馬車軌輛隊陣陳陽' +
  '陰隨隱麗樂葉蓋蘭蘇蘿薦蝕裝製複襲覽觀親覺訂討訓記訪詞詳誠話說誰課談諸論謀講謝讓讚豐貝貢貧販貴買貿賓賞賠賣趙趕躍軟輔輕載較' +
  '連遊遺郵釋鈔鋼錢錯鍵長閉閒闡雲靈頭頻願顯風飛驅髮鬥鬧麥黃齊齡營牆狀獨獲瑪畢畫異疊痺盡盤眾礎禮禦稱積窮競筆築約紅紐純紙紛紮' +
  '終結絕給絲綠維綱編緣練績繪羅義聖聞聲肅脅脈腦腳膽臉臨興舊艦艱衝僅儲兒冊劑劍勁勞勵勸卻厲參變啟喪嚴囑圖執堅場塊塗壓壞壯壽夠' +
  '夢奮媽寧寫寬尋屆島嶺師帳帶幫廟廢彈徑徵懷慶憂憑戲拋捨掃掛採換揚損搖撥擁擇擺攜敗敘斷晉暈暫曆曉來極樓樹橋櫃歡歷殺氣漢湯溝滅' +
  '滿潔潛澤濕烏無煙熱燈爐愛鳳' +
  // Role words and organ names of clauses (`牽頭`, `(市人力資源社會保障局…負責)`), and more.
  '牽訊獻駕駛傳備莊倉庫糧糾訟訴獄動佈問鐘輪蟲豬遼閩贛魯粵瓊陝轄幾偉偵揮湧潤濱灘峽註鑑溫儀劇鋁銅紡綿診霧壩閘響擬隸誌羣鄰殯鄧' +
  '劉楊吳孫鄭馮蔣韓錦譽寶穀況滬綏閱瀋鏈鎖鑰飯麵餘勝騰賃鹽獵獸繡燒纖傭緝賭騙詐貪汙賄賂轉頁';

/** The simplified form of each character of `TRADITIONAL`. */
export const SIMPLIFIED =
  '关于见会厅办单处门县区镇机构属号实规划据发颁条决报请复议导细则员卫体务广东国综题责负总协贯彻稳扩业进尽为范围强标准补贴资' +
  '产权税费险养医疗职残举层态优联缴继续调统筹纳级缓经济开设计点当对将与从应该这个们么样后时间现岁数厂矿电灾环监园种农渔乡组' +
  '织领干军党团妇侨台湾两华亿万额币价购销货运输铁码证书签节项类别阶际陆离虽难远达过还选迁边适递归线网络视听读学习艺术饮馆药' +
  '测试验检认许诺评奖惩罚违纪录档简专账户银贷担债财预审汇汇周内并并争创势质岗伤紧张击战确识误护双杂鸡鱼鸟龙马车轨辆队阵陈阳' +
  '阴随隐丽乐叶盖兰苏萝荐蚀装制复袭览观亲觉订讨训记访词详诚话说谁课谈诸论谋讲谢让赞丰贝贡贫贩贵买贸宾赏赔卖赵赶跃软辅轻载较' +
  '连游遗邮释钞钢钱错键长闭闲阐云灵头频愿显风飞驱发斗闹麦黄齐龄营墙状独获玛毕画异叠痹尽盘众础礼御称积穷竞笔筑约红纽纯纸纷扎' +
  '终结绝给丝绿维纲编缘练绩绘罗义圣闻声肃胁脉脑脚胆脸临兴旧舰艰冲仅储儿册剂剑劲劳励劝却厉参变启丧严嘱图执坚场块涂压坏壮寿够' +
  '梦奋妈宁写宽寻届岛岭师帐带帮庙废弹径征怀庆忧凭戏抛舍扫挂采换扬损摇拨拥择摆携败叙断晋晕暂历晓来极楼树桥柜欢历杀气汉汤沟灭' +
  '满洁潜泽湿乌无烟热灯炉爱凤' +
  '牵讯献驾驶传备庄仓库粮纠讼诉狱动布问钟轮虫猪辽闽赣鲁粤琼陕辖几伟侦挥涌润滨滩峡注鉴温仪剧铝铜纺绵诊雾坝闸响拟隶志群邻殡邓' +
  '刘杨吴孙郑冯蒋韩锦誉宝谷况沪绥阅沈链锁钥饭面余胜腾赁盐猎兽绣烧纤佣缉赌骗诈贪污贿赂转页';

/** Simplified code by traditional code (0: not in the table); a table, as every character of a paragraph's opening is looked up. */
const FOLD = new Uint16Array(0x10000);
for (let i = 0; i < TRADITIONAL.length; i++) FOLD[TRADITIONAL.charCodeAt(i)] = SIMPLIFIED.charCodeAt(i);

/** The simplified form of one character (its code), or the character itself. */
export function foldCode(code: number): number {
  return FOLD[code] || code;
}

/** `text` with every traditional character of the table replaced by its simplified form (same length). */
export function foldTraditional(text: string): string {
  let i = 0;
  while (i < text.length && FOLD[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  const codes = new Uint16Array(text.length);
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    codes[j] = FOLD[c] || c;
  }
  let out = '';
  // In slices: a spread of a whole long paragraph would overflow the call stack.
  for (let k = 0; k < codes.length; k += 4096) out += String.fromCharCode(...codes.subarray(k, k + 4096));
  return out;
}
