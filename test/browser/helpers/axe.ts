import 'axe-core/axe.min.js';

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

declare global {
  interface Window {
    axe: { run(context: Element, options?: Record<string, unknown>): Promise<{ violations: AxeViolation[] }> };
  }
}

/** Runs axe-core on `element` (it sees into shadow roots) and throws listing every violation. */
export async function expectAccessible(element: Element, label = ''): Promise<void> {
  const { violations } = await window.axe.run(element, { resultTypes: ['violations'] });
  if (violations.length > 0) {
    const lines = violations.map(
      (violation) =>
        `${violation.id}: ${violation.help}\n    ${violation.nodes
          .slice(0, 3)
          .map((node) => `${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`)
          .join('\n    ')}`,
    );
    throw new Error(`axe found ${violations.length} violation(s) ${label}:\n${lines.join('\n')}`);
  }
}
