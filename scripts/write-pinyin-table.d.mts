/** Where the generated table lives. */
export const PINYIN_TABLE: string;
/** The source of the table module, as the script writes it. */
export function pinyinTableSource(): string;
