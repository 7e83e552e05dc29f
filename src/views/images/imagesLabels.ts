// The image-layers view's words in Bangla and English; digests, names and sizes stay as docker
// prints them.
import type { Bilingual } from '../viewTypes';
import type { LayerTransfer } from './pullProgress';

export function hostLabel(host: string, images: number): Bilingual {
  return { bn: `${host}-এর ইমেজ (${images}টি)`, en: `Images on ${host} (${images})` };
}

/** docker's own size units (go-units HumanSize: 1000-based, 3 significant digits). */
export function humanSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return `${Number(v.toPrecision(3))}${units[u]}`;
}

export function imageSub(size: number, layers: number): Bilingual {
  return { bn: `${humanSize(size)} · ${layers}টি লেয়ার`, en: `${humanSize(size)} · ${layers} ${layers === 1 ? 'layer' : 'layers'}` };
}

export const imageHint: Bilingual = {
  bn: 'ইমেজ: শুধু-পড়া লেয়ারের স্তূপ, নিচেরটি সবার আগে',
  en: 'An image: a stack of read-only layers, the bottom one first',
};

/** The history line of a layer, shortened to the instruction (`RUN apt-get …`, `ADD file:… in /`). */
export function instruction(createdBy: string): string {
  const nop = /^\/bin\/sh -c #\(nop\)\s+/.exec(createdBy);
  if (nop) return createdBy.slice(nop[0].length).trim();
  if (createdBy.startsWith('/bin/sh -c ')) return `RUN ${createdBy.slice('/bin/sh -c '.length)}`;
  return createdBy;
}

export function layerSub(size: number, createdBy: string, mark: 'exists' | 'fresh' | 'cached' | null, sharedBy: number): Bilingual {
  const what = `${humanSize(size)} · ${instruction(createdBy)}`;
  const pre: Bilingual | null =
    mark === 'exists' ? { bn: 'আগেই ছিল', en: 'Already exists' }
    : mark === 'cached' ? { bn: 'CACHED', en: 'CACHED' }
    : mark === 'fresh' ? { bn: 'এইমাত্র নামল', en: 'Downloaded' }
    : sharedBy > 1 ? { bn: `${sharedBy}টি ইমেজে ভাগ`, en: `shared by ${sharedBy}` }
    : null;
  return pre ? { bn: `${pre.bn} · ${what}`, en: `${pre.en} · ${what}` } : { bn: what, en: what };
}

export const layerHint: Bilingual = {
  bn: 'লেয়ার: ফাইলের একটি পরিবর্তন। একই লেয়ার ডিস্কে একবারই থাকে, যত ইমেজই তা ব্যবহার করুক',
  en: 'A layer: one change to the files. The same layer is stored once, however many images use it',
};

export const rwHint: Bilingual = {
  bn: 'কন্টেইনারের পাতলা লেখার লেয়ার: কন্টেইনার যা বদলায় তা এখানেই থাকে, ইমেজ বদলায় না',
  en: 'The container’s thin writable layer: what the container changes lives here; the image never changes',
};

export function moreContainers(n: number): Bilingual {
  return { bn: `আরও ${n}টি কন্টেইনার`, en: `${n} more containers` };
}

export function containerCount(n: number): Bilingual {
  return { bn: `${n}টি কন্টেইনার`, en: `${n} containers` };
}

export function moreImages(n: number): Bilingual {
  return { bn: `আরও ${n}টি ইমেজ`, en: `${n} more images` };
}

export const noImages: Bilingual = { bn: 'কোনো ইমেজ নেই — docker pull বা docker run দিয়ে আনুন', en: 'No images yet — docker pull or docker run brings one' };

/** A layer of a pull in progress, in the words the terminal's progress lines use. */
export function transferSub(size: number, t: LayerTransfer): Bilingual {
  const pct = t.status === 'Downloading' ? ` ${Math.floor(t.progress * 100)}%` : '';
  const text = `${t.status}${pct} · ${humanSize(size)}`;
  return { bn: text, en: text };
}
