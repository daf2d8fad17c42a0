import { render } from 'preact';
import '../theme.css';
import './offer.css';
import { OfferPanel } from './OfferPanel';
import { OFFER_HEIGHT_MESSAGE } from './frame-height';

// The sidebar frames this page for the thread's own application (src/ui/sidebar/OfferSection.tsx).
const applicationId = new URLSearchParams(location.search).get('application') ?? undefined;
const root = document.getElementById('app');
if (root) render(<OfferPanel applicationId={applicationId} />, root);

// Framed: the sidebar sizes the frame to the panel, so the panel scrolls with the sidebar instead of inside
// a second scrolling box. Only a height goes to the mail page, never what the panel shows.
if (window.parent !== window) {
  const report = () => window.parent.postMessage({ type: OFFER_HEIGHT_MESSAGE, height: Math.ceil(document.documentElement.scrollHeight) }, '*');
  new ResizeObserver(report).observe(document.body);
  report();
}
