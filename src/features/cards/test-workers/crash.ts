/**
 * A stand-in card process for pool.test.ts that is killed abruptly, as by a native crash,
 * without a chance to report: always for a card whose source contains "crash-always", on the
 * first attempt only for one containing "crash-once" (it leaves a marker file beside the
 * card). Other cards are written as "ok".
 */
import { existsSync, writeFileSync } from 'node:fs';
import type { WorkerTask } from '../pool.ts';

export default function crash({ job, file }: WorkerTask): number {
  if (job.source.includes('crash-always')) process.kill(process.pid, 'SIGKILL');
  if (job.source.includes('crash-once') && !existsSync(`${file}.tried`)) {
    writeFileSync(`${file}.tried`, '');
    process.kill(process.pid, 'SIGKILL');
  }
  writeFileSync(file, 'ok');
  return 2;
}
