import { mailHostOf } from '../mail/hosts';
import { mountSidebar } from './mount-sidebar';

const host = mailHostOf(location.href);
if (host) mountSidebar(host);
