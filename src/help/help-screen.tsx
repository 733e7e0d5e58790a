/** Where to get help: numbers to call (tap to call), the app, the offices, and when this was checked. */
import { useHelpWords } from '../ui/help-words';
import { Helplines } from '../ui/helplines';
import { ShareHelplines } from '../ui/share/share-helplines';

export function HelpScreen() {
  const t = useHelpWords();
  return (
    <section className="help" aria-labelledby="help-title">
      <h1 id="help-title">{t('help.title')}</h1>
      <p className="help-intro">{t('help.intro')}</p>
      <Helplines />
      <ShareHelplines />
    </section>
  );
}
