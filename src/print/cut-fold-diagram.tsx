/**
 * How to cut and fold the A6 pocket booklet, printed on an A4 sheet of its own after the booklet's sheets: the front
 * of the first sheet with its pages, the one cut across the middle, the fold of each half, and the steps.
 */
import { useTranslation } from 'react-i18next';
import { impose } from '../paper/impose';
import { A4_PORTRAIT } from '../paper/paper';
import { SheetGuide } from './sheet-guide';

const { width, height } = A4_PORTRAIT;

export function CutFoldDiagram() {
  const { t } = useTranslation();
  return (
    <SheetGuide
      title={t('print.cut-title')}
      label={t('print.cut-diagram')}
      sheet={A4_PORTRAIT}
      side={impose(8, 'booklet-a6')[0]!}
      lines={
        <>
          <line x1={width / 2} y1="0" x2={width / 2} y2={height} className="fold-line" />
          <line x1="0" y1={height / 2} x2={width} y2={height / 2} className="fold-cut" />
        </>
      }
      steps={[1, 2, 3, 4].map((step) => t(`print.cut-step-${step}`))}
      portrait
    />
  );
}
