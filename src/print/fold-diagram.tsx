/**
 * How to fold the one-sheet zine, printed on a sheet of its own: the 4 × 2 cells with their page numbers (the top
 * row upside down, as printed), the folds, the cut, and the steps.
 */
import { useTranslation } from 'react-i18next';
import { impose } from '../paper/impose';
import { A4_LANDSCAPE } from '../paper/paper';
import { SheetGuide } from './sheet-guide';

export function FoldDiagram() {
  const { t } = useTranslation();
  return (
    <SheetGuide
      title={t('print.fold-title')}
      label={t('print.fold-diagram')}
      sheet={A4_LANDSCAPE}
      side={impose(8, 'zine-a7')[0]!}
      lines={
        <>
          {[74.25, 148.5, 222.75].map((x) => (
            <line key={x} x1={x} y1="0" x2={x} y2="210" className="fold-line" />
          ))}
          <line x1="0" y1="105" x2="74.25" y2="105" className="fold-line" />
          <line x1="222.75" y1="105" x2="297" y2="105" className="fold-line" />
          {/* The only cut: along the middle, between the two middle cells. */}
          <line x1="74.25" y1="105" x2="222.75" y2="105" className="fold-cut" />
        </>
      }
      steps={[1, 2, 3, 4, 5].map((step) => t(`print.fold-step-${step}`))}
    />
  );
}
