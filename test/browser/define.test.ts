import { safeDefine, VERSION } from '../../packages/elements/src/elements.js';
import { equal, ok } from './helpers/assert.js';

describe('safeDefine', () => {
  it('registers a tag once and warns, without throwing, when another class claims it', () => {
    const tag = `rol-test-${Math.random().toString(36).slice(2)}`;
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      safeDefine(tag, First);
      safeDefine(tag, First);
      equal(warnings.length, 0, 'defining the same class again is quiet');
      safeDefine(tag, Second);
    } finally {
      console.warn = warn;
    }
    equal(customElements.get(tag), First);
    equal(warnings.length, 1);
    ok(warnings[0]?.includes(tag));
  });

  it('exposes the library version', () => {
    ok(/^\d+\.\d+\.\d+/.test(VERSION), VERSION);
  });
});
