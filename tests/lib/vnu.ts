/**
 * The W3C Nu Html Checker (the `vnu-jar` package, run with Java) over built pages: one run for
 * many folders, its JSON report parsed into errors and warnings with page, line and message.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { root } from './project.ts';

/** One finding of the checker. */
export interface Finding {
  page: string;
  line: number;
  message: string;
}

/** The checker's jar in node_modules. */
export const VNU_JAR = fileURLToPath(import.meta.resolve('vnu-jar/build/dist/vnu.jar'));

/** Validates every HTML file under `dirs`; throws when Java or the checker cannot run. */
export function validateHtml(dirs: readonly string[]): { errors: Finding[]; warnings: Finding[]; ms: number } {
  const started = performance.now();
  const result = spawnSync('java', ['-jar', VNU_JAR, '--format', 'json', '--skip-non-html', ...dirs], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw new Error(`the Nu Html Checker needs Java: ${result.error.message} (./atlas setup installs Debian's default-jre-headless)`);
  const report = JSON.parse(result.stderr) as { messages: Array<{ type: string; subType?: string; url?: string; lastLine?: number; message: string }> };
  const finding = (m: (typeof report.messages)[number]): Finding => ({ page: m.url ? relative(root, fileURLToPath(m.url)) : '(checker)', line: m.lastLine ?? 0, message: m.message });
  return {
    errors: report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error').map(finding),
    warnings: report.messages.filter((m) => m.type === 'info' && m.subType === 'warning').map(finding),
    ms: performance.now() - started,
  };
}
