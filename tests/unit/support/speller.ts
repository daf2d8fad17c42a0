// nspell with dictionary-en, as Node tests and benches load it (the extension loads the same files from its package).
import dictionary from 'dictionary-en';
import nspell from 'nspell';
import type { Speller } from '../../../src/core/drafts';

export function loadSpeller(): Speller {
  return nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
}
