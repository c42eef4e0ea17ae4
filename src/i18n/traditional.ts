/**
 * Traditional Chinese (Taiwan phrasing) for the zh-TW interface, converted from the glossary's
 * Simplified texts when first shown, with the OpenCC dictionaries the build cut down to those texts.
 */
import { ConverterBuilder } from 'opencc-js/core';
import type { TraditionalDictionaries } from '../glossary/types';

export type ToTraditional = (simplified: string) => string;

/** Builds the converter on its first use, and converts each string once. */
export function traditionalConverter(dictionaries: TraditionalDictionaries): ToTraditional {
  let convert: ToTraditional | undefined;
  const converted = new Map<string, string>();
  return (simplified) => {
    let traditional = converted.get(simplified);
    if (traditional === undefined) {
      // A preset that holds only our dictionaries, under the name opencc-js gives cn → twp, so the
      // library applies them with the normalisation and segmentation of its own s2twp.
      convert ??= ConverterBuilder({ from: { cn: [] }, to: { twp: [] }, configs: { s2twp: dictionaries } })({ from: 'cn', to: 'twp' });
      traditional = convert(simplified);
      converted.set(simplified, traditional);
    }
    return traditional;
  };
}
