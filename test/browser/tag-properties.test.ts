// The property lists behind the framework types (`@rule-of-law/elements/react-jsx` and `/vue`) are each element's
// own reactive properties, as the registered class declares them (internal state left out): a property added to an
// element without its framework type, or a typed property the element no longer has, fails here.
import '../../packages/elements/src/all.js';
import { TAG_PROPERTY_NAMES } from '../../packages/elements/src/internal/tag-properties.js';
import { equal } from './helpers/assert.js';

describe('the framework types (react-jsx, vue)', () => {
  it('names every registered rule-of-law-* tag', () => {
    const tags = ['report', 'figure', 'rate', 'breakdown', 'findings', 'trend', 'compare'].map((name) => `rule-of-law-${name}`);
    for (const tag of tags) equal(customElements.get(tag) !== undefined, true, `${tag} is registered`);
    equal(Object.keys(TAG_PROPERTY_NAMES).sort().join(' '), [...tags].sort().join(' '));
  });

  for (const [tag, names] of Object.entries(TAG_PROPERTY_NAMES)) {
    it(`<${tag}>: its framework properties are its public reactive properties`, () => {
      const element = customElements.get(tag) as unknown as { elementProperties: Map<PropertyKey, { state?: boolean }> };
      const declared = [...element.elementProperties].filter(([, options]) => !options.state).map(([name]) => String(name));
      equal([...names].sort().join(' '), declared.sort().join(' '));
    });
  }
});
