// @vitest-environment node
// The lint rules that keep the layout honest (eslint.config.js, .dependency-cruiser.cjs), run on probe code: a
// feature importing another feature by any relative path, components/ reading a store or a query, and a cycle
// made of type imports alone must each fail `npm run lint`.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { cruise, type IConfiguration, type ICruiseOptions } from 'dependency-cruiser';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const depcruiseConfig = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as IConfiguration;

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The rule ids ESLint reports for `code` as if it were the file at `path` (relative to the repository). */
async function lintAs(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${path}` });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint boundaries', () => {
  it('fails a feature that imports another feature, by a sibling path or through ../../features', async () => {
    const messages = await lintAs(
      'src/features/map/probe.ts',
      [
        "import { leversInForce } from '../../features/levers/levers-in-force';",
        "import { SORT_KEYS } from '../table/sort-rows';",
        'export const probe = [leversInForce, SORT_KEYS] as const;',
      ].join('\n'),
    );
    expect(messages.filter((m) => m.includes('Features do not import each other'))).toHaveLength(2);
  });

  it('lets a feature import its own files and the layers below it', async () => {
    const messages = await lintAs(
      'src/features/map/probe.ts',
      [
        "import { MapPanel } from './MapPanel';",
        "import { fyLabel } from '../../lib/years';",
        'export const probe = [MapPanel, fyLabel] as const;',
      ].join('\n'),
    );
    expect(messages).toEqual([]);
  });

  it('fails components/ that reads a store, a query or anything in state/', async () => {
    const messages = await lintAs(
      'src/components/ui/probe.ts',
      [
        "import { create } from 'zustand';",
        "import { useQuery } from '@tanstack/react-query';",
        "import type { Workforce } from '../../state/workforce/use-workforce';",
        'export const probe = [create, useQuery] as const;',
        'export type Probe = Workforce;',
      ].join('\n'),
    );
    expect(messages.filter((m) => m.includes('components/ takes props only'))).toHaveLength(3);
  });

  it('fails an import cycle made of type imports alone', async () => {
    const fixture = 'test/lint/fixtures/type-cycle';
    const result = await cruise([fixture], {
      ...(depcruiseConfig.options as ICruiseOptions),
      validate: true,
      ruleSet: { forbidden: depcruiseConfig.forbidden ?? [] },
      baseDir: root,
    });
    const output = result.output as { summary: { violations: { rule: { name: string } }[] } };
    expect(output.summary.violations.map((v) => v.rule.name)).toContain('no-circular');
  });
});
