/**
 * What the extension keeps, said in the reader's language (the privacy policy in brief, docs/PRIVACY.md
 * in full), and the button that erases it: a modal dialog asks first, with Cancel focused, so a
 * stray Enter or Escape erases nothing; the result is announced next to the button.
 */
import { useRef, useState } from 'preact/hooks';
import type { Translate } from '../card/Card';
import { eraseStoredData } from '../settings/erase';

export function YourData({ t }: { t: Translate }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [result, setResult] = useState('');

  const ask = () => {
    setResult('');
    // returnValue outlives the dialog's last closing: cleared, so Escape after an earlier erase erases nothing.
    dialog.current!.returnValue = '';
    dialog.current!.showModal();
  };
  const closed = () => {
    if (dialog.current!.returnValue !== 'erase') return;
    eraseStoredData().then(
      () => setResult(t('options.erased')),
      (error: unknown) => setResult(t('options.eraseFailed', { error: String(error) })),
    );
  };

  return (
    <section>
      <h2>{t('options.yourData')}</h2>
      <p class="help">{t('options.yourDataHelp')}</p>
      <button type="button" onClick={ask}>
        {t('options.erase')}
      </button>
      <p class="result" role="status">
        {result}
      </p>
      <dialog ref={dialog} aria-labelledby="erase-text" onClose={closed}>
        <p id="erase-text">{t('options.eraseText')}</p>
        <form method="dialog">
          <button value="keep" autofocus>
            {t('options.eraseKeep')}
          </button>
          <button value="erase" class="danger">
            {t('options.eraseConfirm')}
          </button>
        </form>
      </dialog>
    </section>
  );
}
