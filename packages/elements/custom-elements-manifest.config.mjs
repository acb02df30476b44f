// Generates packages/elements/custom-elements.json from the JSDoc API headers of the components.
// Run from the repository root: `cem analyze --config packages/elements/custom-elements-manifest.config.mjs`.
export default {
  globs: ['packages/elements/src/components/**/*.ts'],
  exclude: ['**/*.styles.ts'],
  outdir: 'packages/elements',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    {
      // Tags are registered in src/define/*.ts (safeDefine), which the analyzer does not follow: name them here.
      name: 'rule-of-law-tag-names',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.kind !== 'class' || !declaration.name.startsWith('RuleOfLaw')) continue;
            const tag = declaration.name.replace(/[A-Z]/g, (letter, index) => `${index === 0 ? '' : '-'}${letter.toLowerCase()}`);
            declaration.tagName = tag;
            declaration.customElement = true;
            module.exports = [
              ...(module.exports ?? []),
              { kind: 'custom-element-definition', name: tag, declaration: { name: declaration.name, module: module.path } },
            ];
          }
        }
      },
    },
  ],
};
