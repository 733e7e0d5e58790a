import { routeHref } from '../../ui/routes';

export function goToDraft(draftId: string): void {
  window.location.hash = routeHref({ screen: 'studio', draftId });
}
