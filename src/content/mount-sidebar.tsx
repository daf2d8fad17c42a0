import { render } from 'preact';
import themeCss from '../ui/theme.css?inline';
import sidebarCss from '../ui/sidebar/sidebar.css?inline';
import { Sidebar } from '../ui/sidebar/Sidebar';
import type { MailHostName } from '../core/model';

export const SIDEBAR_HOST_ID = 'afterview-sidebar';

/**
 * Mounts the one sidebar of this page in a Shadow DOM, so the mail app's CSS and ours never mix.
 * Styles go in as text nodes: Gmail enforces Trusted Types, so no HTML strings are ever parsed.
 */
export function mountSidebar(host: MailHostName): HTMLElement {
  document.getElementById(SIDEBAR_HOST_ID)?.remove();
  const element = document.createElement('div');
  element.id = SIDEBAR_HOST_ID;
  element.setAttribute('role', 'complementary');
  element.setAttribute('aria-label', 'Afterview');
  const shadow = element.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `${themeCss}\n${sidebarCss}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  document.body.append(element);
  render(<Sidebar host={host} />, container);
  return element;
}
