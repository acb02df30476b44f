// The globals @web/test-runner-mocha provides (no @types/mocha in the project).
declare function describe(name: string, body: () => void): void;
declare function it(name: string, body: () => unknown): void;
declare function before(body: () => unknown): void;
declare function beforeEach(body: () => unknown): void;
declare function afterEach(body: () => unknown): void;
