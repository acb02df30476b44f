// A page toolbar, simulated: what read-aloud, enlarge and 简/繁 toolbars of government portals do to the page
// (walk `document` text nodes, read them or rewrite them in place). Shared by the light-DOM tests.
import { nextEvent } from './dom.js';

/**
 * A small simplified → traditional table, as a portal's 简/繁 toolbar uses (character by character):
 * enough to touch most labels, headings and some figures ("996余人次" → "996餘人次").
 */
export const TO_TRADITIONAL: Readonly<Record<string, string>> = {
  报: '報',
  处: '處',
  罚: '罰',
  执: '執',
  审: '審',
  诉: '訴',
  讼: '訟',
  议: '議',
  复: '復',
  计: '計',
  数: '數',
  据: '據',
  访: '訪',
  来: '來',
  电: '電',
  办: '辦',
  区: '區',
  务: '務',
  结: '結',
  个: '個',
  项: '項',
  万: '萬',
  为: '為',
  发: '發',
  员: '員',
  实: '實',
  检: '檢',
  业: '業',
  门: '門',
  问: '問',
  题: '題',
  类: '類',
  余: '餘',
  条: '條',
  烟: '煙',
  违: '違',
  纠: '糾',
  错: '錯',
  应: '應',
  举: '舉',
  关: '關',
  规: '規',
  范: '範',
  开: '開',
  书: '書',
  记: '記',
  录: '錄',
  总: '總',
  领: '領',
  导: '導',
  长: '長',
  场: '場',
  网: '網',
  线: '線',
  责: '責',
  转: '轉',
  监: '監',
  台: '臺',
  营: '營',
  环: '環',
  护: '護',
  现: '現',
  节: '節',
  队: '隊',
  饮: '飲',
  会: '會',
  级: '級',
  见: '見',
  单: '單',
  与: '與',
  动: '動',
  质: '質',
  样: '樣',
  达: '達',
  图: '圖',
  统: '統',
  变: '變',
  减: '減',
  无: '無',
  较: '較',
  对: '對',
  历: '歷',
  县: '縣',
};

/** Every text node of the document, as a toolbar walks it: no shadow roots, no script or style text. */
export function documentTextNodes(): Text[] {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('script, style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** What a read-aloud toolbar reads: the document's text, white space collapsed. */
export function documentText(): string {
  return documentTextNodes()
    .map((node) => node.data)
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** A text as the 简→繁 toolbar writes it, character by character. */
export function toTraditional(text: string): string {
  return [...text].map((char) => TO_TRADITIONAL[char] ?? char).join('');
}

/** The 简→繁 toolbar: rewrites every text node of the document in place; gives how many it changed. */
export function convertPage(): number {
  let changed = 0;
  for (const node of documentTextNodes()) {
    const converted = toTraditional(node.data);
    if (converted !== node.data) {
      node.data = converted;
      changed++;
    }
  }
  return changed;
}

/**
 * Gives a light-DOM element new data (`assign`), waits for its `rol-load` and for `redraw`, and returns what the
 * toolbar then reads: the element must have replaced the converted text with fresh text of the new data.
 */
export async function textAfterNewData(element: Element, assign: () => void, redraw: (element: Element) => Promise<void>): Promise<string> {
  const loaded = nextEvent(element, 'rol-load');
  assign();
  await loaded;
  await redraw(element);
  return documentText();
}
