/**
 * Whether the selected balloon's text fits its box, as story:check judges it, at every text size the reader offers and
 * in every language of the draft; and "make it fit": the smallest box in which it fits at the normal size.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Balloon, Box, Story, Translation } from '../../story/schema';
import { TEXT_SIZES } from '../../store/settings';
import { languageName } from '../../ui/languages';
import { balloonTexts, fittingBox, textFit, type PanelShape } from './fit';
import { percent } from './geometry';

interface Props {
  story: Story;
  translations: readonly Translation[];
  panelId: string;
  balloon: Balloon;
  shape: PanelShape;
  onFit: (box: Box) => void;
}

/** A box that fits is worth shrinking only when the fitting one is clearly smaller (a tenth less area or more). */
const roomy = (box: Box, fitting: Box) => fitting.w * fitting.h < 0.9 * box.w * box.h;

export function FitReport({ story, translations, panelId, balloon, shape, onFit }: Props) {
  const { t } = useTranslation();
  const texts = useMemo(() => balloonTexts(story, translations, panelId, balloon), [story, translations, panelId, balloon]);
  const rows = textFit(balloon, texts, shape);
  const fitting = useMemo(
    () =>
      fittingBox(
        balloon,
        texts.map((item) => item.text),
        shape,
      ),
    [balloon, texts, shape],
  );
  const fitsNow = rows.every((row) => row.sizes[0]!.needed <= row.sizes[0]!.fit);
  return (
    <div className="stage-fit">
      <table>
        <caption>{t('studio.fit-title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('studio.fit-language')}</th>
            {TEXT_SIZES.map((_, size) => (
              <th key={size} scope="col">
                {t(`settings.text-size-${size}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.language}>
              <th scope="row">{languageName(row.language)}</th>
              {row.sizes.map(({ size, needed, fit }) => (
                <td key={size} className={needed <= fit ? 'stage-fits' : 'stage-overflows'}>
                  {needed <= fit ? t('studio.fit-yes') : t('studio.fit-no', { needed, fit })}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="stage-fit-note">{t('studio.fit-note')}</p>
      {fitting && fitsNow && !roomy(balloon.box, fitting) ? (
        <p className="stage-fit-suggest">{t('studio.fit-done')}</p>
      ) : fitting ? (
        <p className="stage-fit-suggest">
          <span>{t(fitsNow ? 'studio.fit-smallest' : 'studio.fit-suggest', { w: percent(fitting.w), h: percent(fitting.h) })}</span>
          <button type="button" className="button-secondary" onClick={() => onFit(fitting)}>
            {t('studio.fit-make')}
          </button>
        </p>
      ) : (
        <p className="stage-fit-suggest stage-overflows">{t('studio.fit-never')}</p>
      )}
    </div>
  );
}
