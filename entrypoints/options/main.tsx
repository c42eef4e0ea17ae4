import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PAGE_STRINGS } from '../../src/i18n/page-strings';
import { createI18n, pickUiLanguage } from '../../src/i18n/i18n';
import { Options } from '../../src/options/Options';
import '../../src/options/options.css';
import { loadSettings } from '../../src/settings/settings';

const uiLanguage = pickUiLanguage(browser.i18n.getUILanguage(), (await loadSettings()).uiLanguage);
document.documentElement.lang = uiLanguage;
const i18n = createI18n(uiLanguage, PAGE_STRINGS);
document.title = i18n.t('options.title');
render(<Options t={(key, values) => i18n.t(key, values)} />, document.getElementById('app')!);
