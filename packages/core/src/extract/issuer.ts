import type { IssuerLevel } from '../schema/issuer.js';

const GOVERNMENT = /(?:人民政府|政府)$/;

/** Endings of a name and the level they give, checked in order on the name without 人民政府. */
const LEVEL_ENDINGS: readonly (readonly [RegExp, IssuerLevel])[] = [
  [/(?:开发区|高新区|新城|园区|管委会|管理委员会)$/, 'development_zone'],
  [/(?:街道办事处|街道|办事处)$/, 'subdistrict'],
  [/[乡镇]$/, 'township'],
  [/(?:局|厅|委员会|委|办公室|办|署|中心|司法所|所)$/, 'department'],
  [/(?:自治区|省)$/, 'provincial'],
  [/(?:新区|区)$/, 'district'],
  [/(?:自治县|县|旗)$/, 'county'],
  [/(?:自治州|州|盟|市)$/, 'municipal'],
];

/**
 * Guesses the level of an issuing body from how its name ends: 街道(办事处) subdistrict, 乡/镇
 * township, 局/委/办… department, 区 district, 县 county, 市 municipal, 省 provincial.
 *
 * @example
 * ```ts
 * guessIssuerLevel('天津市滨海新区杭州道街道办事处'); // 'subdistrict'
 * guessIssuerLevel('某某市某某区人民政府'); // 'district'
 * guessIssuerLevel('某某区司法局'); // 'department'
 * ```
 */
export function guessIssuerLevel(name: string): IssuerLevel {
  const plain = name.replace(GOVERNMENT, '');
  if (plain === '' && GOVERNMENT.test(name)) return 'national';
  return LEVEL_ENDINGS.find(([ending]) => ending.test(plain))?.[1] ?? 'other';
}

/** One administrative unit at the start of a name: two to seven characters and a unit word (某某市, 滨海新区). */
const ADMIN_UNIT = /^.{2,7}?(?:自治区|省|自治州|地区|市|盟|新区|区|自治县|县|旗|镇|乡)/u;

/** Levels that are governments themselves: their own unit is the last one in the name. */
const GOVERNMENT_LEVELS = new Set<IssuerLevel>(['provincial', 'municipal', 'district', 'county', 'township']);

function adminUnits(name: string): string[] {
  const units: string[] = [];
  let rest = name;
  for (let unit = ADMIN_UNIT.exec(rest)?.[0]; unit !== undefined; unit = ADMIN_UNIT.exec(rest)?.[0]) {
    units.push(unit);
    rest = rest.slice(unit.length);
  }
  return units;
}

/**
 * The government a body belongs to, as its name gives it: the administrative units its name starts
 * with ("天津市滨海新区杭州道街道办事处" → "天津市滨海新区", "某某市市场监督管理局" → "某某市"), less
 * the body's own unit when it is a government ("某某县某某镇人民政府" → "某某县"). Undefined when
 * the name does not say.
 *
 * @example
 * ```ts
 * parentOfIssuer('天津市滨海新区杭州道街道办事处', 'subdistrict'); // '天津市滨海新区'
 * parentOfIssuer('某某省某某市某某县人民政府', 'county'); // '某某省某某市'
 * ```
 */
export function parentOfIssuer(name: string, level: IssuerLevel): string | undefined {
  if (level === 'national' || level === 'development_zone' || level === 'other') return undefined;
  const plain = name.replace(GOVERNMENT, '');
  const units = adminUnits(plain);
  const parentUnits = GOVERNMENT_LEVELS.has(level) && units.join('') === plain ? units.slice(0, -1) : units;
  const parent = parentUnits.join('');
  return parent === '' ? undefined : parent;
}
