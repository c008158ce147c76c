// The annotation feature's entry in the content script, loaded lazily on every http(s) page
// by the content entry. `installAnnotations` starts it once: it paints this page's saved
// annotations, shows "Annotate" by selections, and takes over "Save" on fact cards.
import { onPointerClaim, onSaveFact } from '../fact-actions';
import { AnnotationsController } from './controller';
import { provideAnnotations } from './handlers';

export interface AnnotateContext {
  doc: Document;
}

let installed: AnnotationsController | null = null;

export function installAnnotations(ctx: AnnotateContext = { doc: document }): AnnotationsController {
  if (installed) return installed;
  const controller = new AnnotationsController(ctx.doc);
  installed = controller;
  controller.start();
  onSaveFact((request) => controller.saveFact(request));
  onPointerClaim((x, y) => controller.claims(x, y));
  provideAnnotations(controller);
  return controller;
}

installAnnotations();
