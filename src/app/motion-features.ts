/** framer-motion's animation features, loaded after the first paint (LazyMotion in app.tsx). */
import { domAnimation } from 'framer-motion';

export default domAnimation;
