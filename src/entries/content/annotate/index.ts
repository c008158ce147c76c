// The annotation feature in a page, loaded on demand by ./on-demand (saved notes for this
// page, a first selection, an annotation message, a "Save" on a fact card). `installAnnotations`
// starts it once: it paints this page's saved annotations, shows "Annotate" by selections and
// keeps the fact cards off the reader's notes. "Save" on a fact card reaches it through the
// content entry (./on-demand `saveFact`).
import { onPointerClaim } from '../fact-actions';
import { AnnotationsController } from './controller';

let installed: AnnotationsController | null = null;

export function installAnnotations(doc: Document = document): AnnotationsController {
  if (installed) return installed;
  const controller = new AnnotationsController(doc);
  installed = controller;
  controller.start();
  onPointerClaim((x, y) => controller.claims(x, y));
  return controller;
}
