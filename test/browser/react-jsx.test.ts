// The property lists behind `@rule-of-law/elements/react-jsx` are each element's own reactive properties, as
// the registered class declares them (internal state left out): a property added to an element without its JSX
// type, or a JSX property the element no longer has, fails here.
import '../../packages/elements/src/all.js';
import { JSX_PROPERTY_NAMES } from '../../packages/elements/src/react-jsx.js';
import { equal } from './helpers/assert.js';

describe('@rule-of-law/elements/react-jsx', () => {
  it('names every registered rule-of-law-* tag', () => {
    const tags = ['report', 'figure', 'rate', 'breakdown', 'findings', 'trend', 'compare'].map((name) => `rule-of-law-${name}`);
    for (const tag of tags) equal(customElements.get(tag) !== undefined, true, `${tag} is registered`);
    equal(Object.keys(JSX_PROPERTY_NAMES).sort().join(' '), [...tags].sort().join(' '));
  });

  for (const [tag, names] of Object.entries(JSX_PROPERTY_NAMES)) {
    it(`<${tag}>: its JSX properties are its public reactive properties`, () => {
      const element = customElements.get(tag) as unknown as { elementProperties: Map<PropertyKey, { state?: boolean }> };
      const declared = [...element.elementProperties].filter(([, options]) => !options.state).map(([name]) => String(name));
      equal([...names].sort().join(' '), declared.sort().join(' '));
    });
  }
});
