/**
 * How to fold the one-sheet zine, printed on a sheet of its own: the 4 × 2 cells with their page numbers (the top
 * row upside down, as printed), the cut, and the steps. The numbers come from impose(), so diagram and sheet agree.
 */
import { useTranslation } from 'react-i18next';
import { impose } from '../paper/impose';

export function FoldDiagram() {
  const { t } = useTranslation();
  const cells = impose(8, 'zine-a7')[0]!.slots;
  return (
    <div className="fold-guide">
      <h2>{t('print.fold-title')}</h2>
      <svg viewBox="-4 -4 305 218" role="img" aria-label={t('print.fold-diagram')}>
        <rect x="0" y="0" width="297" height="210" className="fold-sheet" />
        {cells.map((cell, index) => {
          const x = (index % 4) * 74.25 + 37;
          const y = Math.floor(index / 4) * 105 + 52.5;
          return (
            <text
              key={index}
              x={x}
              y={y}
              transform={cell.rotated ? `rotate(180 ${x} ${y})` : undefined}
              className="fold-number"
              dominantBaseline="middle"
              textAnchor="middle"
            >
              {cell.page}
            </text>
          );
        })}
        {[74.25, 148.5, 222.75].map((x) => (
          <line key={x} x1={x} y1="0" x2={x} y2="210" className="fold-line" />
        ))}
        <line x1="0" y1="105" x2="74.25" y2="105" className="fold-line" />
        <line x1="222.75" y1="105" x2="297" y2="105" className="fold-line" />
        {/* The only cut: along the middle, between the two middle cells. */}
        <line x1="74.25" y1="105" x2="222.75" y2="105" className="fold-cut" />
      </svg>
      <p className="fold-key">
        <span className="fold-key-fold">{t('print.fold-key-fold')}</span> <span className="fold-key-cut">{t('print.fold-key-cut')}</span>
      </p>
      <ol>
        <li>{t('print.fold-step-1')}</li>
        <li>{t('print.fold-step-2')}</li>
        <li>{t('print.fold-step-3')}</li>
        <li>{t('print.fold-step-4')}</li>
        <li>{t('print.fold-step-5')}</li>
      </ol>
    </div>
  );
}
