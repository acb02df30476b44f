import type { Locale } from '@rule-of-law/core';
import type { CommandContext } from '../context.js';

/** The commands, in the order the help lists them. */
export const COMMANDS = ['extract', 'check', 'compute', 'render', 'schema', 'help'] as const;

/** One of {@link COMMANDS}. */
export type CommandName = (typeof COMMANDS)[number];

const USAGE: Readonly<Record<Locale, string>> = {
  'zh-CN': `用法：rule-of-law <命令> [选项] [文件…]

法治政府建设年度报告的命令行工具：从报告文本提取数据、校验、计算报告，生成静态 HTML。

命令：
  extract <报告.txt…>   从报告正文提取数字，生成报告 JSON 草稿（UTF-8 或 GBK 文本，或网页）
  check <报告.json…>    校验报告，列出问题和计算发现；退出码 0 无问题 / 1 有警告 / 2 有错误或无效
  compute <报告.json…>  计算各项指标和派生比率，以表格（或 --json）输出
  render <报告.json>    生成报告的静态 HTML（无需 JavaScript；或 --full-page 生成整页）
  render --compare|--trend  两份报告的对比，或多份报告的历年趋势，生成静态 HTML
  schema                输出报告的 JSON Schema
  help [命令]           显示帮助

通用选项：
  --lang <语言>         提示信息的语言：zh-CN、en 或 zh-Hant（繁體）（默认取自 LANG 环境变量，否则为中文）
  -h, --help            显示帮助
  -V, --version         显示版本号

示例：
  npx rule-of-law extract examples/hangzhoudao-2023.txt -o draft.json
  npx rule-of-law check draft.json
  npx rule-of-law compute examples/hangzhoudao-2023.json
  npx rule-of-law render examples/hangzhoudao-2023.json -o report.html
  npx rule-of-law render --compare 2022.json 2023.json -o compare.html
  npx rule-of-law render --trend 2021.json 2022.json 2023.json --indicator enforcement.penalties -o trend.html
`,
  en: `Usage: rule-of-law <command> [options] [files…]

The command line for annual rule-of-law government reports (法治政府建设年度报告): extract data
from a report's text, check and compute reports, render them as static HTML.

Commands:
  extract <report.txt…>   Find the figures in a report's text and draft a report JSON (UTF-8 or GBK text, or a web page)
  check <report.json…>    Validate reports, list issues and findings; exit 0 clean / 1 warnings / 2 errors or invalid
  compute <report.json…>  Compute every indicator and derived rate, as a table (or --json)
  render <report.json>    The report as static HTML, readable without JavaScript (or --full-page)
  render --compare|--trend  Two reports side by side, or several over the years, as static HTML
  schema                  Print the JSON Schema of a report
  help [command]          Show help

Options for every command:
  --lang <tag>            Language of messages: zh-CN, en or zh-Hant (default from LANG, else Chinese)
  -h, --help              Show help
  -V, --version           Show the version

Examples:
  npx rule-of-law extract examples/hangzhoudao-2023.txt -o draft.json
  npx rule-of-law check draft.json
  npx rule-of-law compute examples/hangzhoudao-2023.json
  npx rule-of-law render examples/hangzhoudao-2023.json -o report.html
  npx rule-of-law render --compare 2022.json 2023.json -o compare.html
  npx rule-of-law render --trend 2021.json 2022.json 2023.json --indicator enforcement.penalties -o trend.html
`,
};

const COMMAND_HELP: Readonly<Record<CommandName, Readonly<Record<Locale, string>>>> = {
  extract: {
    'zh-CN': `用法：rule-of-law extract <报告.txt…> [-o 输出] [--url 网址] [--year 年份] [--quiet]

从报告正文（UTF-8、UTF-16 或 GBK/GB18030 编码的文本，“-” 表示标准输入）提取每个数字，生成报告 JSON 草稿。
网页（.html，或以 HTML 开头的文本）只读取正文文字：脚本、样式、导航和页脚不计。
每个指标带有置信度和需要核对的原因（extensions.extraction），请核对后再发布。

选项：
  -o, --output <路径>   写入文件；多个输入时为目录，每个输入写成 <文件名>.json
  --url <网址>          报告发布页面的网址
  --year <年份>         标题未写明年份时的报告年度
  --quiet               不在标准错误输出摘要
`,
    en: `Usage: rule-of-law extract <report.txt…> [-o output] [--url url] [--year year] [--quiet]

Finds every figure in a report's text (UTF-8, UTF-16 or GBK/GB18030; "-" reads standard input) and
drafts a report JSON. A web page (.html, or text that begins as HTML) is read as its article's text:
scripts, styles, menus and footers left out. Each indicator carries a confidence and the reasons to check it
(extensions.extraction): review the draft before publishing it.

Options:
  -o, --output <path>   Write to this file; with several inputs, a directory getting one <name>.json each
  --url <url>           The page the report was published on
  --year <year>         The reporting year, when the title does not name it
  --quiet               No summary on standard error
`,
  },
  check: {
    'zh-CN': `用法：rule-of-law check <报告.json…> [--json]

校验报告：无效时列出每个问题的位置和说明；有效时计算并列出发现（合计不符、比率不一致、逾期发布等）。
退出码：0 全部有效且无警告；1 有警告；2 有错误、报告无效或文件无法读取。

选项：
  --json                以 JSON 输出结果：一个数组，每个输入文件一项（只有一个文件时也是数组），
                        每项含 file（文件名）、valid、exitCode，以及 issues、findings 或 error
`,
    en: `Usage: rule-of-law check <report.json…> [--json]

Validates reports: for an invalid one, every issue with its path and message; for a valid one, the
findings of its computation (parts that do not add up, rates that do not reconcile, late publication…).
Exit code: 0 all valid without warnings; 1 warnings; 2 errors, an invalid report or an unreadable file.

Options:
  --json                Print the results as JSON: an array with one entry per input file, in order
                        (an array for one file too), each with its file, valid, exitCode, and its
                        issues, findings or error
`,
  },
  compute: {
    'zh-CN': `用法：rule-of-law compute <报告.json…> [--json]

计算报告的各项指标：原文数值、分项合计与占比、派生比率（纠错率、败诉率等）、比率核对，以及发布时间和发现。

选项：
  --json                以 JSON 输出：一个数组，每个输入文件一项（只有一个文件时也是数组），每项含
                        file（文件名）和 valid；有效的报告另有 title、issuer、period、timeline、
                        indicators、findings，无效的报告有 issues，无法读取的文件有 error
`,
    en: `Usage: rule-of-law compute <report.json…> [--json]

Computes a report's indicators: stated figures, sums and shares of breakdowns, derived official rates
(correction rate, loss rate…), reconciled rates, the publication timeline and the findings.

Options:
  --json                Print JSON: an array with one entry per input file, in order (an array for
                        one file too), each with its file and valid; a valid report adds title,
                        issuer, period, timeline, indicators and findings, an invalid one its issues,
                        an unreadable file its error
`,
  },
  render: {
    'zh-CN': `用法：rule-of-law render <报告.json> [-o 输出.html] [--lang zh-CN|en|zh-Hant] [--full-page] [--hydratable] [--with-data]
      rule-of-law render --compare <较早.json> <较晚.json> [-o 输出.html] [--lang zh-CN|en|zh-Hant] [--full-page]
      rule-of-law render --trend <报告.json…> --indicator <指标> [--indicator <指标>…] [-o 输出.html] [--lang zh-CN|en|zh-Hant] [--full-page]

生成报告的静态 HTML 片段（“-” 表示标准输入）：标题、主要数据、各类指标、带文字说明的图表和数据表、核对结果和来源。
不含脚本和内联样式，符合严格的内容安全策略；样式表是 @rule-of-law/elements/rule-of-law.css（文件在 node_modules/@rule-of-law/elements/dist/ 中，请自托管并引用）。
需要另行安装：npm install @rule-of-law/elements @lit-labs/ssr（CLI 只依赖核心包）。
把片段放进 <rule-of-law-report> 中：脚本未运行时读者看到的就是它，脚本运行后由组件接管。

--compare：两份报告并列对比（今年与去年，或两个单位），每类指标一张表：两期数值（按原文）、变化、相对变化、方向（文字和符号），
影响比较的说明，以及只见于一份报告的指标。片段放进 <rule-of-law-compare> 中。
--trend：所选指标的历年变化，折线图（附文字说明）和数据表，报告顺序不限；片段放进 <rule-of-law-trend> 中。
这两种片段除 rule-of-law.css 外还需要各自的样式表 rule-of-law-compare.css 或 rule-of-law-trend.css：
用 -o 输出时写在输出文件旁边，请一并自托管并引用。

选项：
  -o, --output <路径>   写入文件（默认输出到标准输出）
  --lang <语言>         HTML 和提示信息的语言：zh-CN、en 或 zh-Hant（繁體；整页另需 rule-of-law-zh-Hant.min.js）
  --full-page           生成整页：引用 rule-of-law.css 和 rule-of-law.min.js，并内嵌报告 JSON；
                        与 --compare、--trend 一起时引用 rule-of-law-all.min.js，并按文件名加载旁边的报告
  --hydratable          保留 Lit 的注水注释，供 <rule-of-law-report render-root="light"> 直接接管这段 HTML，
                        不再重绘（接管更快；须与同一版本的 rule-of-law.min.js 一起使用；仅用于单份报告）
  --with-data           在 HTML 之前内嵌报告 JSON（<script type="application/json">，不会执行），
                        元素无需 src，也不再单独请求数据（与 --hydratable 一起即推荐的嵌入方式；仅用于单份报告）
  --compare             对比两份报告：先给较早（或作参照）的，再给较晚的
  --trend               画出多份报告中所选指标的历年变化
  --indicator <指标>    --trend 所画的指标编号，如 reconsideration.cases；可重复，或在一个值中用空格、逗号分隔
`,
    en: `Usage: rule-of-law render <report.json> [-o out.html] [--lang zh-CN|en|zh-Hant] [--full-page] [--hydratable] [--with-data]
       rule-of-law render --compare <previous.json> <current.json> [-o out.html] [--lang zh-CN|en|zh-Hant] [--full-page]
       rule-of-law render --trend <report.json…> --indicator <id> [--indicator <id>…] [-o out.html] [--lang zh-CN|en|zh-Hant] [--full-page]

Renders a report as a static HTML fragment ("-" reads standard input): header, key figures, every
indicator, charts with their text alternatives and data tables, the findings and the source. No script
and no inline style, so it passes a strict Content-Security-Policy; styled by the
stylesheet @rule-of-law/elements/rule-of-law.css (the file is in node_modules/@rule-of-law/elements/dist/;
self-host and link it). Needs npm install @rule-of-law/elements @lit-labs/ssr (the CLI depends on core
only). Paste the fragment inside
<rule-of-law-report>: it is what readers see without JavaScript, and the element takes over with it.

--compare: two reports side by side (this year and last, or two issuers), one table per indicator family:
both figures as written, the change, the relative change and the direction (in words and symbols), the
notes that make a comparison unsafe, and the indicators found in only one report. Paste it inside
<rule-of-law-compare>.
--trend: chosen indicators over the years, as a chart (with its text alternative) and a table; the reports
in any order. Paste it inside <rule-of-law-trend>.
Besides rule-of-law.css these need their own stylesheet, rule-of-law-compare.css or rule-of-law-trend.css:
with -o it is written beside the output; self-host and link it too.

Options:
  -o, --output <path>   Write to this file (default: standard output)
  --lang <tag>          Language of the HTML and of messages: zh-CN, en or zh-Hant (Traditional;
                        a full page also loads rule-of-law-zh-Hant.min.js)
  --full-page           A whole page linking rule-of-law.css and rule-of-law.min.js, with the report as inline JSON;
                        with --compare or --trend, linking rule-of-law-all.min.js and loading the reports beside it by name
  --hydratable          Keep Lit's hydration comments, so that <rule-of-law-report render-root="light"> adopts this
                        HTML instead of drawing it again (a faster take-over; use it with rule-of-law.min.js of the
                        same version; one report only)
  --with-data           Put the report's JSON before the HTML as an inline data block (<script type="application/json">,
                        never run): the element needs no src and no request for the data (with --hydratable, the
                        recommended embed; one report only)
  --compare             Compare two reports: the earlier (or the reference) first, then the later
  --trend               Draw chosen indicators of several reports over the years
  --indicator <id>      An indicator id for --trend, e.g. reconsideration.cases; repeat it, or give several
                        in one value, space- or comma-separated
`,
  },
  schema: {
    'zh-CN': `用法：rule-of-law schema

输出报告的 JSON Schema（draft 2020-12）。跨字段规则（标识唯一、引用存在等）只由 check 校验。
`,
    en: `Usage: rule-of-law schema

Prints the JSON Schema of a report (draft 2020-12). Cross-field rules (unique ids, references that
resolve…) are checked by \`check\` only.
`,
  },
  help: {
    'zh-CN': `用法：rule-of-law help [命令]\n`,
    en: `Usage: rule-of-law help [command]\n`,
  },
};

/** The help text: general, or of one command. */
export function helpText(locale: Locale, command?: CommandName): string {
  return command === undefined ? USAGE[locale] : COMMAND_HELP[command][locale];
}

/** `rule-of-law help [command]`. */
export function helpCommand(context: CommandContext, command?: CommandName): number {
  context.out(helpText(context.locale, command));
  return 0;
}
