// The images module: references, pull, tag, rmi, history, listing, prune, disk usage, inspect.
export { parseReference, type ImageReference } from './parseReference';
export { findImage, resolveImage, imageReferences } from './findImage';
export { pullImage, type PullResult, type PullLine, type LayerProgress, type LayerPullState } from './pullImage';
export { tagImage } from './tagImage';
export { removeImage, type RemoveImageOptions } from './removeImage';
export { imageHistory, type HistoryRow } from './imageHistory';
export { listImages, type ImageRow, type ListImagesOptions } from './listImages';
export { pruneImages, type PruneImagesResult } from './pruneImages';
export { imageDiskUsage, type ImageDiskUsage, type ImageUsage } from './imageDiskUsage';
export { imageInspectJson } from './imageInspectJson';
export { getLayerFiles } from './layerFiles';
export { getLayerInfo, chainIds } from './layerInfo';
