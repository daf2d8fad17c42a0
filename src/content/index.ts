import { mailHostOf } from '../mail/hosts';
import { startAfterview } from './controller';

const host = mailHostOf(location.href);
if (host) startAfterview(host);
