import { mailHostOf } from '../core/mail-hosts';
import { startAfterview } from './controller';

const host = mailHostOf(location.href);
if (host) startAfterview(host);
