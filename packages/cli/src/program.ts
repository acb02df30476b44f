import { parseArgs } from 'node:util';
import type { LocaleTag } from '@rule-of-law/core';
import { CliError, EXIT, type Bilingual } from './cli-error.js';
import { checkCommand } from './commands/check.js';
import { computeCommand } from './commands/compute.js';
import { extractCommand } from './commands/extract.js';
import { renderCommand } from './commands/render.js';
import { COMMANDS, helpCommand, helpText, type CommandName } from './commands/help.js';
import { schemaCommand } from './commands/schema.js';
import { processContext, type CommandContext } from './context.js';
import { didYouMean } from './did-you-mean.js';
import { chooseLocaleTag, isSupportedLang } from './locale.js';
import { reportFailure } from './read-input.js';
import { cliVersion } from './version.js';

const OPTIONS = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
  output: { type: 'string', short: 'o' },
  json: { type: 'boolean' },
  url: { type: 'string' },
  year: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'full-page': { type: 'boolean' },
  hydratable: { type: 'boolean' },
  'with-data': { type: 'boolean' },
  compare: { type: 'boolean' },
  trend: { type: 'boolean' },
  indicator: { type: 'string', multiple: true },
} as const;

type OptionName = keyof typeof OPTIONS;
type Values = Partial<Record<OptionName, string | boolean | string[]>>;

/** Options each command accepts besides --lang, --help and --version. */
const COMMAND_OPTIONS: Readonly<Record<CommandName, readonly OptionName[]>> = {
  extract: ['output', 'url', 'year', 'quiet'],
  check: ['json'],
  compute: ['json'],
  render: ['output', 'full-page', 'hydratable', 'with-data', 'compare', 'trend', 'indicator'],
  schema: [],
  help: [],
};

const GLOBAL_OPTIONS: readonly OptionName[] = ['lang', 'help', 'version'];

/** --lang read before full parsing, so that even an argument error speaks the user's language. */
function earlyLang(argv: readonly string[]): string | undefined {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (index < 0) return undefined;
  const arg = argv[index] ?? '';
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
}

/** Where to read the usage: the command's own help, or the general one. */
function usageHint(command?: CommandName): Bilingual {
  const help = command === undefined || command === 'help' ? 'rule-of-law --help' : `rule-of-law ${command} --help`;
  return { 'zh-CN': `运行 ${help} 查看用法`, en: `run ${help} for usage` };
}

function usageError(zh: string, en: string, command?: CommandName): CliError {
  const hint = usageHint(command);
  return new CliError({ 'zh-CN': `${zh}；${hint['zh-CN']}`, en: `${en}; ${hint.en}` });
}

/** "是不是想输入 --json？" / "did you mean --json?": the known words close to a typed one, or nothing. */
function suggestion(typed: string, known: readonly string[], show: (word: string) => string = (word) => word): Bilingual | undefined {
  const close = didYouMean(typed, known).map(show);
  if (close.length === 0) return undefined;
  return { 'zh-CN': `是不是想输入 ${close.join(' 或 ')}？`, en: `did you mean ${close.join(' or ')}?` };
}

function isCommand(name: string): name is CommandName {
  return (COMMANDS as readonly string[]).includes(name);
}

function isOptionName(name: string): name is OptionName {
  return Object.hasOwn(OPTIONS, name);
}

/** The options a command accepts, its own first; before a command is named, every option. */
function optionsOf(command: CommandName | undefined): readonly OptionName[] {
  return command === undefined ? (Object.keys(OPTIONS) as OptionName[]) : [...COMMAND_OPTIONS[command], ...GLOBAL_OPTIONS];
}

/** An option as parseArgs's tokens give it. */
interface OptionToken {
  readonly name: string;
  readonly rawName: string;
  readonly index: number;
  readonly value?: string | undefined;
  readonly inlineValue?: boolean | undefined;
}

/**
 * The error for an option this tool does not have, with the command's closest options. A group of short
 * options whose first letter is no option (`-jsn`) is read as one mistyped word.
 */
function unknownOption(token: OptionToken, argv: readonly string[], command: CommandName | undefined): CliError {
  const arg = argv[token.index] ?? token.rawName;
  const word = /^-[^-]/.test(arg) && arg.length > 2 && arg[1] === token.rawName[1] ? arg : token.rawName;
  const close = suggestion(word.replace(/^--?/, ''), optionsOf(command), (name) => `--${name}`);
  return usageError(`未知选项：${word}${close ? `（${close['zh-CN']}）` : ''}`, `Unknown option: ${word}${close ? ` (${close.en})` : ''}`, command);
}

/** The error for an option given a value it does not take, or missing the one it needs; else nothing. */
function badValue(token: OptionToken, command: CommandName | undefined): CliError | undefined {
  if (!isOptionName(token.name)) return undefined;
  const { value, inlineValue } = token;
  if (OPTIONS[token.name].type === 'boolean') {
    return value === undefined ? undefined : usageError(`选项 ${token.rawName} 不带值`, `The ${token.rawName} option takes no value`, command);
  }
  // A value that looks like an option (`-o --json`) is an option the value was forgotten before.
  const missing = value === undefined || (inlineValue !== true && value.length > 1 && value.startsWith('-'));
  return missing ? usageError(`选项 ${token.rawName} 需要一个值`, `The ${token.rawName} option needs a value`, command) : undefined;
}

/** The error for a command this tool does not have, with the closest commands. */
function unknownCommand(name: string): CliError {
  const close = suggestion(name, COMMANDS);
  return usageError(
    `未知命令：${name}（${close ? close['zh-CN'] : ''}可用命令：${COMMANDS.join('、')}）`,
    `Unknown command: ${name} (${close ? `${close.en} ` : ''}commands: ${COMMANDS.join(', ')})`,
  );
}

/**
 * Reads the arguments. Unknown commands and options are caught first, from a lenient reading, to name what
 * was probably meant; anything else parseArgs rejects is said in its words.
 */
function parse(argv: readonly string[]): { values: Values; positionals: string[] } {
  const lenient = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  const [name] = lenient.positionals;
  if (name !== undefined && !isCommand(name)) throw unknownCommand(name);
  const command = name;
  for (const token of lenient.tokens) {
    if (token.kind !== 'option') continue;
    if (!isOptionName(token.name)) throw unknownOption(token, argv, command);
    const error = badValue(token, command);
    if (error) throw error;
  }
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    return { values: values as Values, positionals };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw usageError(`参数有误：${reason}`, `Bad arguments: ${reason}`, command);
  }
}

function checkOptions(command: CommandName, values: Values): void {
  const allowed = new Set<OptionName>([...GLOBAL_OPTIONS, ...COMMAND_OPTIONS[command]]);
  const wrong = (Object.keys(values) as OptionName[]).find((name) => values[name] !== undefined && !allowed.has(name));
  if (wrong !== undefined) throw usageError(`命令 ${command} 不支持选项 --${wrong}`, `The ${command} command has no --${wrong} option`, command);
}

const string = (value: string | boolean | string[] | undefined): string | undefined => (typeof value === 'string' ? value : undefined);

async function run(command: CommandName, files: string[], values: Values, context: CommandContext): Promise<number> {
  if (command === 'help') return helpCommand(context, files[0] !== undefined && isCommand(files[0]) ? files[0] : undefined);
  if (values.help) return helpCommand(context, command);
  checkOptions(command, values);
  if (command === 'schema') {
    if (files.length > 0) throw usageError('schema 命令不需要文件', 'The schema command takes no files');
    return schemaCommand(context);
  }
  if (files.length === 0) throw usageError(`命令 ${command} 需要至少一个文件`, `The ${command} command needs at least one file`);
  if (command === 'extract') {
    const output = string(values.output);
    const url = string(values.url);
    const year = string(values.year);
    return extractCommand(files, { ...(output ? { output } : {}), ...(url ? { url } : {}), ...(year ? { year } : {}), quiet: values.quiet === true }, context);
  }
  if (command === 'render') {
    const output = string(values.output);
    const indicators = Array.isArray(values.indicator) ? values.indicator : [];
    return renderCommand(
      files,
      {
        ...(output ? { output } : {}),
        fullPage: values['full-page'] === true,
        hydratable: values.hydratable === true,
        withData: values['with-data'] === true,
        compare: values.compare === true,
        trend: values.trend === true,
        indicators,
      },
      context,
    );
  }
  const options = { json: values.json === true };
  return command === 'check' ? checkCommand(files, options, context) : computeCommand(files, options, context);
}

/**
 * Runs the command line on its arguments (without `node` and the script) and gives the exit code.
 * Never throws: every failure becomes a message on stderr and exit code 2.
 *
 * @example
 * ```ts
 * process.exitCode = await main(['check', 'report.json', '--lang', 'en']);
 * ```
 */
export async function main(argv: readonly string[], makeContext: (tag: LocaleTag) => CommandContext = processContext): Promise<number> {
  let context = makeContext(chooseLocaleTag(earlyLang(argv)));
  try {
    const { values, positionals } = parse(argv);
    const lang = string(values.lang);
    if (lang !== undefined && !isSupportedLang(lang)) {
      throw new CliError({ 'zh-CN': `不支持的语言：${lang}（可用 zh-CN、zh-Hant 或 en）`, en: `Unsupported language: ${lang} (use zh-CN, zh-Hant or en)` });
    }
    context = makeContext(chooseLocaleTag(lang));
    if (values.version) {
      context.out(`${cliVersion()}\n`);
      return EXIT.ok;
    }
    const [name, ...files] = positionals;
    if (name === undefined) {
      context.out(helpText(context.locale));
      return argv.length === 0 || values.help ? EXIT.ok : EXIT.errors;
    }
    if (!isCommand(name)) throw unknownCommand(name);
    return await run(name, files, values, context);
  } catch (error) {
    return reportFailure(error, context);
  }
}
