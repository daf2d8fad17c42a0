import type { MailHostName } from '../core/model';
import { createGmail } from './gmail/adapter';
import { createOutlook } from './outlook/adapter';
import type { MailHost } from './types';

export { mailHostOf } from '../core/mail-hosts';
export type { MailHost } from './types';

export function createMailHost(name: MailHostName, doc: Document = document): MailHost {
  return name === 'gmail' ? createGmail(doc) : createOutlook(doc);
}
