import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
// axe-core's source, injected into the page as a script (it runs in the page).
const axeSource: string = (require('axe-core') as { source: string }).source;

/**
 * Where the page loads axe-core from: an address of the app's own origin that
 * the context answers itself (so the page's Content-Security-Policy, which
 * allows only the app's own scripts, lets it run, and the browser caches it).
 */
const AXE_PATH = '/__test/axe.min.js';

/** Let pages of this context load axe-core; call once per context, before `seriousViolations`. */
export async function useAxe(context: BrowserContext): Promise<void> {
  await context.route(`**${AXE_PATH}`, (route) =>
    route.fulfill({ body: axeSource, contentType: 'text/javascript', headers: { 'Cache-Control': 'max-age=3600' } }),
  );
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** A CSS selector and the failure summary of each offending element. */
  nodes: { target: string; summary: string }[];
}

/**
 * Inject axe-core into the page (see `useAxe`) and run it on the page as it is now (WCAG 2.x A and AA, and best
 * practices), and return its violations of impact `serious` or `critical`.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: AXE_PATH });
  const violations = await page.evaluate(async () => {
    interface Result {
      id: string;
      impact?: string | null;
      help: string;
      nodes: { target: unknown[]; failureSummary?: string }[];
    }
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: Result[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), summary: n.failureSummary ?? '' })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** One line per offending element, for a readable failure message. */
export function describeViolations(where: string, violations: AxeViolation[]): string {
  return violations
    .flatMap((v) => v.nodes.map((n) => `${where}: [${v.impact}] ${v.id} (${v.help}) at ${n.target}\n    ${n.summary.replace(/\n/g, '\n    ')}`))
    .join('\n');
}
