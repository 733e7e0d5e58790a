/**
 * How to cut and fold the A6 pocket booklet, printed on an A4 sheet of its own after the booklet's sheets: the front
 * of the first sheet with its pages (from impose(), so diagram and sheet agree), the one cut across the middle, the
 * fold of each half, and the steps.
 */
import { useTranslation } from 'react-i18next';
import { impose } from '../paper/impose';
import { A4_PORTRAIT, PAGE_PAPER } from '../paper/paper';

const { width, height } = A4_PORTRAIT;
const cell = PAGE_PAPER.a6;

export function CutFoldDiagram() {
  const { t } = useTranslation();
  const cells = impose(8, 'booklet-a6')[0]!.slots;
  return (
    <div className="fold-guide fold-guide-portrait">
      <h2>{t('print.cut-title')}</h2>
      <svg viewBox={`-4 -4 ${width + 8} ${height + 8}`} role="img" aria-label={t('print.cut-diagram')}>
        <rect x="0" y="0" width={width} height={height} className="fold-sheet" />
        {cells.map((slot, index) => (
          <text
            key={index}
            x={(index % 2) * cell.width + cell.width / 2}
            y={Math.floor(index / 2) * cell.height + cell.height / 2}
            className="fold-number"
            dominantBaseline="middle"
            textAnchor="middle"
          >
            {slot.page}
          </text>
        ))}
        <line x1={width / 2} y1="0" x2={width / 2} y2={height} className="fold-line" />
        <line x1="0" y1={height / 2} x2={width} y2={height / 2} className="fold-cut" />
      </svg>
      <p className="fold-key">
        <span className="fold-key-fold">{t('print.fold-key-fold')}</span> <span className="fold-key-cut">{t('print.fold-key-cut')}</span>
      </p>
      <ol>
        <li>{t('print.cut-step-1')}</li>
        <li>{t('print.cut-step-2')}</li>
        <li>{t('print.cut-step-3')}</li>
        <li>{t('print.cut-step-4')}</li>
      </ol>
    </div>
  );
}
