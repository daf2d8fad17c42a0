import { render } from 'preact';
import '../theme.css';
import './offer.css';
import { OfferPanel } from './OfferPanel';

// The sidebar frames this page for the thread's own application (src/ui/sidebar/OfferFrame.tsx).
const applicationId = new URLSearchParams(location.search).get('application') ?? undefined;
const root = document.getElementById('app');
if (root) render(<OfferPanel applicationId={applicationId} />, root);
