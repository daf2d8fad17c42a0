import { render } from 'preact';
import '../theme.css';
import './popup.css';
import '../offer/offer.css';
import { Popup } from './Popup';

const root = document.getElementById('app');
if (root) render(<Popup />, root);
