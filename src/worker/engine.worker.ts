/// <reference lib="webworker" />
/** The evaluation worker: whole-catalog analysis off the main thread. */
import { loadBrowserCatalog } from '../data/browserCatalog';
import { createRequestHandler } from './handler';
import { PROTOCOL_VERSION, type WorkerRequest, type WorkerResponse } from './protocol';

const handle = createRequestHandler(loadBrowserCatalog);
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
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
