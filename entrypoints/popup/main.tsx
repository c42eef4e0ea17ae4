import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PAGE_STRINGS } from '../../src/i18n/page-strings';
import { createI18n, pickUiLanguage } from '../../src/i18n/i18n';
import { Popup } from '../../src/popup/Popup';
import '../../src/popup/popup.css';
import { loadSettings } from '../../src/settings/settings';

const uiLanguage = pickUiLanguage(browser.i18n.getUILanguage(), (await loadSettings()).uiLanguage);
document.documentElement.lang = uiLanguage;
const i18n = createI18n(uiLanguage, PAGE_STRINGS);
document.title = i18n.t('popup.title');
render(<Popup t={(key, values) => i18n.t(key, values)} />, document.getElementById('app')!);
