/** If a screen fails, say so and offer the way back: never a white screen. */
import { Component, type ReactNode } from 'react';
import { Translation } from 'react-i18next';
import { routeHref } from '../ui/routes';

export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Translation>
        {(t) => (
          <section className="story-problems" role="alert">
            <h1>{t('error.title')}</h1>
            <p>{t('error.body')}</p>
            <pre>{this.state.error?.message}</pre>
            <a className="button-primary" href={routeHref({ screen: 'library' })} onClick={() => this.setState({ error: null })}>
              {t('problems.back')}
            </a>
          </section>
        )}
      </Translation>
    );
  }
}
