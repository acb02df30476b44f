// The demo's page script (a module, so a strict Content-Security-Policy allows it): the language and
// theme switches, and a line that shows which chart segment was chosen (the rol-select event).
const report = document.querySelector('rule-of-law-report');
const lang = document.querySelector('#lang');
const theme = document.querySelector('#theme');
const selection = document.querySelector('#selection');

const PAGE_TEXT = {
  'zh-CN': {
    title: '法治政府建设年度报告 · 演示',
    site: '示例政府网站',
    crumb: '当前位置：政务公开 › 法治政府建设年度报告',
    lang: '语言',
    theme: '主题',
    themes: { light: '浅色', dark: '深色', 'high-contrast': '高对比度' },
    chosen: (label, value) => `已选择：${label} ${value}`,
  },
  en: {
    title: 'Annual rule-of-law government report · demo',
    site: 'Example government site',
    crumb: 'You are here: Government information › Annual rule-of-law reports',
    lang: 'Language',
    theme: 'Theme',
    themes: { light: 'Light', dark: 'Dark', 'high-contrast': 'High contrast' },
    chosen: (label, value) => `Chosen: ${label}, ${value}`,
  },
};

function applyLanguage(value) {
  const text = PAGE_TEXT[value] ?? PAGE_TEXT['zh-CN'];
  document.documentElement.lang = value;
  document.title = text.title;
  document.querySelector('#site-name').textContent = text.site;
  document.querySelector('#breadcrumb').textContent = text.crumb;
  document.querySelector('#lang-label').textContent = text.lang;
  document.querySelector('#theme-label').textContent = text.theme;
  for (const option of theme.options) option.textContent = text.themes[option.value];
  selection.textContent = '';
}

function applyTheme(value) {
  document.documentElement.dataset.theme = value;
  report.setAttribute('theme', value);
}

const params = new URLSearchParams(location.search);
if (params.get('lang')) lang.value = params.get('lang');
if (params.get('theme')) theme.value = params.get('theme');
applyLanguage(lang.value);
applyTheme(theme.value);

lang.addEventListener('change', () => applyLanguage(lang.value));
theme.addEventListener('change', () => applyTheme(theme.value));
report.addEventListener('rol-select', (event) => {
  const { label, value, share } = event.detail;
  const text = PAGE_TEXT[document.documentElement.lang] ?? PAGE_TEXT['zh-CN'];
  selection.textContent = text.chosen(label, share === undefined ? String(value) : `${value} (${share.toFixed(2).replace(/\.?0+$/, '')}%)`);
});
