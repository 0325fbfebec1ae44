/// <reference lib="webworker" />
/** The evaluation worker: whole-catalog analysis off the main thread. */
import { loadBrowserCatalog } from '../data/browserCatalog';
import { createRequestHandler } from './handler';
import { PROTOCOL_VERSION, type WorkerRequest, type WorkerResponse } from './protocol';
import { startWarmUp } from './warmUp';

const handle = createRequestHandler(loadBrowserCatalog);
const scope = self as unknown as DedicatedWorkerGlobalScope;

let requested = false;

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  requested = true;
  const response = await handle(event.data);
  const transfer =
    response.type === 'evaluated' && response.snapshot.analysis
      ? [
          ...response.snapshot.analysis.layerClass,
          response.snapshot.analysis.effective,
          response.snapshot.analysis.deniedBy,
          response.snapshot.analysis.explicit,
          response.snapshot.analysis.region,
        ].map((a) => a.buffer)
      : [];
  scope.postMessage(response satisfies WorkerResponse, transfer);
};

scope.postMessage({ type: 'ready', protocol: PROTOCOL_VERSION } satisfies WorkerResponse);
// The catalog loads now, while the page gathers the scenario; the analysis warms up until then.
startWarmUp(loadBrowserCatalog, () => !requested);
