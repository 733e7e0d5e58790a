/**
 * The toast that celebrates newly learned lessons: framer-motion brings it in with a bounce and lets it leave. Its
 * own chunk with its animation features, loaded the first time there is a lesson to celebrate (lesson-celebration.tsx),
 * so no reader pays for it before then.
 */
import { AnimatePresence, domAnimation, LazyMotion, m, MotionConfig } from 'framer-motion';
import { useTranslation } from 'react-i18next';
import { artUrl } from '../content/bundled';
import { LESSONS_NAMESPACE, useNamespaceText } from '../content/text';
import type { Lesson } from '../story/schema';
import { lessonKeys } from '../story/strings';
import { useSettings } from '../store/settings';

interface Props {
  /** The lessons of one step, or none: then the toast leaves. */
  lessons: Lesson[];
  /** Tells one step's toast from the next. */
  stepKey: string;
  onClose: () => void;
}

export default function CelebrationToast({ lessons, stepKey, onClose }: Props) {
  const { t } = useTranslation();
  const text = useNamespaceText(LESSONS_NAMESPACE);
  const motion = useSettings((settings) => settings.motion);
  const lesson = lessons[0];
  return (
    <MotionConfig reducedMotion={motion === 'system' ? 'user' : motion === 'reduce' ? 'always' : 'never'}>
      <LazyMotion features={domAnimation} strict>
        <AnimatePresence mode="wait">
          {lesson ? (
            <m.div
              key={stepKey}
              className="celebration"
              initial={{ opacity: 0, y: -40, scale: 0.8 }}
              animate={{ opacity: 1, y: 0, scale: [0.8, 1.08, 1] }}
              exit={{ opacity: 0, y: -20 }}
              transition={{ duration: 0.5 }}
            >
              <img src={artUrl('lessons', lesson.icon)} alt="" width={48} height={48} />
              <span>
                <strong>{t('lessons.new')}</strong> {lessons.map((item) => text(lessonKeys.title(item.id), item.title)).join(' · ')}
              </span>
              <button type="button" className="celebration-close" onClick={onClose}>
                <span aria-hidden="true">×</span>
                <span className="visually-hidden">{t('app.close')}</span>
              </button>
            </m.div>
          ) : null}
        </AnimatePresence>
      </LazyMotion>
    </MotionConfig>
  );
}
