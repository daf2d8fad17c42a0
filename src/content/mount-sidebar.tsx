import { render } from 'preact';
import themeCss from '../ui/theme.css?inline';
import sidebarCss from '../ui/sidebar/sidebar.css?inline';
import identityCss from '../ui/sidebar/identity.css?inline';
import type { Person } from '../core/model';
import { Sidebar } from '../ui/sidebar/Sidebar';
import type { SidebarActions, SidebarView } from '../ui/sidebar/types';

export const SIDEBAR_HOST_ID = 'afterview-sidebar';
const PANEL_WIDTH = '340px';

export interface MountedSidebar {
  /** `offer`: the page's account, offered as the profile while the profile is empty. */
  show(view: SidebarView, offer?: Person | null): void;
  remove(): void;
}

/** While the panel is open the page gives it room on the right, so it never covers the mail text. */
function makeRoom(open: boolean): void {
  document.body.style.marginRight = open ? PANEL_WIDTH : '';
}

/**
 * Mounts the one sidebar of this page in a closed Shadow DOM, so the mail app's CSS and ours never mix and
 * its script cannot read the user's drafts (`host.shadowRoot` is null to it).
 * Styles go in as text nodes: Gmail enforces Trusted Types, so no HTML strings are ever parsed.
 */
export function mountSidebar(actions: SidebarActions): MountedSidebar {
  document.getElementById(SIDEBAR_HOST_ID)?.remove();
  const element = document.createElement('div');
  element.id = SIDEBAR_HOST_ID;
  element.setAttribute('role', 'complementary');
  element.setAttribute('aria-label', 'Afterview');
  // The browser tests find the sidebar's controls by role, which works through open roots only; the
  // release build is tested apart for a closed one (tests/e2e/page-boundary.test.ts).
  const shadow = element.attachShadow({ mode: __AFTERVIEW_TEST__ ? 'open' : 'closed' });
  const style = document.createElement('style');
  style.textContent = `${themeCss}\n${sidebarCss}\n${identityCss}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  document.body.append(element);
  return {
    show: (view, offer) => render(<Sidebar view={view} actions={actions} offer={offer} onOpenChange={makeRoom} />, container),
    remove: () => {
      render(null, container);
      element.remove();
      makeRoom(false);
    },
  };
}
