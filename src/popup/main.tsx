import { render } from 'preact';
import { t, uiLanguage } from '../ui/t';
import { App } from './App';
import './popup.css';

document.documentElement.lang = uiLanguage();
document.title = t('popupTitle');
const root = document.getElementById('app');
if (root) render(<App />, root);
